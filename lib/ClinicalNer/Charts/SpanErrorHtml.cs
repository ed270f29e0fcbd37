using System.Net;
using System.Text;
using ClinicalNer.Corpus;
using ClinicalNer.Metrics;
using ClinicalNer.Metrics.Entities;

namespace ClinicalNer.Charts;

/// <summary>
/// Examples of one kind of span error as an HTML table a notebook shows: for each error its sentence twice, with the
/// gold entities and with the system's entities highlighted (as <see cref="EntityHtml"/> colours them), so that a
/// reader sees at a glance what the model got wrong.
/// </summary>
/// <param name="Html">The table.</param>
public sealed record SpanErrorHtml(string Html)
{
    /// <summary>The first <paramref name="limit"/> errors of <paramref name="kind"/> in <paramref name="analysis"/>, in text order.</summary>
    /// <param name="analysis">The span judgements of <paramref name="pair"/>.</param>
    /// <param name="pair">The gold and system tags the analysis judged, with their token texts.</param>
    /// <param name="kind">The kind of error; <see cref="SpanErrorKind.Spurious"/> is judged on the system side, every other kind on the gold side.</param>
    /// <param name="limit">Most examples shown.</param>
    /// <exception cref="ArgumentException">The pair carries no token texts (it was built from label ids).</exception>
    public static SpanErrorHtml Of(SpanErrorAnalysis analysis, TaggedPair pair, SpanErrorKind kind, int limit = 5)
    {
        if (pair.TokenTexts is null) throw new ArgumentException("the pair has no token texts to show", nameof(pair));
        var judgements = kind == SpanErrorKind.Spurious ? analysis.SystemJudgements : analysis.GoldJudgements;
        var errors = judgements.Where(j => j.Kind == kind).ToArray();
        var gold = analysis.GoldJudgements.Select(j => j.Gold!).ToArray();
        var system = analysis.SystemJudgements.Select(j => j.System!).ToArray();

        var html = new StringBuilder("<table class=\"clinical-ner-span-errors\"><tr><th style=\"text-align:left\">")
            .Append(WebUtility.HtmlEncode($"{kind}: {errors.Length} in all, the first {Math.Min(limit, errors.Length)}"))
            .Append("</th><th style=\"text-align:left\">gold</th><th style=\"text-align:left\">system</th></tr>");
        foreach (var error in errors.Take(limit))
        {
            int sentence = pair.SentenceOf((error.Gold ?? error.System)!.Start);
            html.Append("<tr><td style=\"text-align:left\">sentence ").Append(sentence + 1).Append("</td><td style=\"text-align:left\">")
                .Append(Sentence(pair, sentence, gold).Html).Append("</td><td style=\"text-align:left\">")
                .Append(Sentence(pair, sentence, system).Html).Append("</td></tr>");
        }
        return new SpanErrorHtml(html.Append("</table>").ToString());
    }

    /// <summary>Sentence <paramref name="sentence"/> of the pair, its tokens joined by spaces, with those of <paramref name="spans"/> inside it marked.</summary>
    static EntityHtml Sentence(TaggedPair pair, int sentence, TaggedSpan[] spans)
    {
        int first = pair.SentenceStarts[sentence], end = pair.SentenceStarts[sentence + 1];
        // Code-point offset of each token in the joined text, and one past the last.
        var offsets = new int[end - first + 1];
        for (int t = first; t < end; t++)
            offsets[t - first + 1] = offsets[t - first] + new CodePointIndex(pair.TokenTexts![t]).Length + 1;
        var text = string.Join(' ', pair.TokenTexts![first..end]);
        var entities = spans.Where(s => s.Start >= first && s.End <= end)
                            .Select((s, i) => Entity.Contiguous($"T{i + 1}", s.Type, offsets[s.Start - first], offsets[s.End - first] - 1,
                                                         string.Join(' ', pair.TokenTexts[s.Start..s.End])));
        return EntityHtml.Of(new Document($"sentence {sentence + 1}", text, [.. entities]));
    }
}
