using System.Text.Json;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.Statistics;

/// <summary>
/// Writes <see cref="CorpusStatistics"/> as JSON with snake_case keys: <c>source</c>, <c>format</c>,
/// <c>documents</c>, <c>sentences</c>, <c>tokens</c>, <c>entities</c> (type -> count), <c>discontinuous</c>,
/// <c>overlapping</c>, <c>relations</c>, <c>entity_free_sentences</c>, <c>entity_free_share</c>, <c>labels</c>
/// (tag -> tokens), and for brat input <c>split</c>, <c>encoding</c> and <c>ceiling</c> (policy -> scores and
/// losses by cause), and <c>skipped_lines</c>. Counts a CoNLL file cannot know are null.
/// </summary>
public static class CorpusStatisticsJson
{
    /// <summary>Writes <paramref name="statistics"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter json, CorpusStatistics statistics)
    {
        json.WriteStartObject();
        json.WriteString("source", statistics.Source);
        json.WriteString("format", statistics.Format);
        WriteCount(json, "documents", statistics.Documents);
        json.WriteNumber("sentences", statistics.Sentences);
        json.WriteNumber("tokens", statistics.Tokens);
        json.WriteStartObject("entities");
        foreach (var (type, count) in statistics.Entities) json.WriteNumber(type, count);
        json.WriteEndObject();
        WriteCount(json, "discontinuous", statistics.Discontinuous);
        WriteCount(json, "overlapping", statistics.Overlapping);
        WriteCount(json, "relations", statistics.Relations);
        json.WriteNumber("entity_free_sentences", statistics.EntityFreeSentences);
        json.WriteNumber("entity_free_share", statistics.Labels.EntityFreeShare);
        json.WriteStartObject("labels");
        foreach (var (label, count) in statistics.Labels.Labels) json.WriteNumber(label, count);
        json.WriteEndObject();

        if (statistics.Split is { } split)
        {
            json.WriteStartObject("split");
            json.WriteNumber("suppressed_boundaries", split.SuppressedBoundaries);
            json.WriteNumber("entities_at_boundaries", split.EntitiesAtBoundaries);
            json.WriteEndObject();
        }
        if (statistics.Encoding is { } encoding)
        {
            json.WriteStartObject("encoding");
            json.WriteString("discontinuous_policy", PolicyName(encoding.Policy));
            json.WriteNumber("units", encoding.Units);
            json.WriteNumber("dropped_by_overlap", encoding.DroppedByOverlap);
            json.WriteNumber("truncated_by_overlap", encoding.TruncatedByOverlap);
            json.WriteNumber("without_tokens", encoding.WithoutTokens);
            json.WriteNumber("cut_by_sentence", encoding.CutBySentence);
            json.WriteEndObject();
        }
        if (!statistics.Ceilings.IsDefaultOrEmpty)
        {
            json.WriteStartObject("ceiling");
            foreach (var c in statistics.Ceilings)
            {
                json.WriteStartObject(PolicyName(c.Policy));
                json.WriteNumber("gold", c.Gold);
                json.WriteNumber("decoded", c.Decoded);
                json.WriteNumber("exact", c.Exact);
                json.WriteNumber("precision", c.Precision);
                json.WriteNumber("recall", c.Recall);
                json.WriteNumber("f1", c.F1);
                json.WriteStartObject("lost");
                json.WriteNumber("discontinuity", c.LostToDiscontinuity);
                json.WriteNumber("sentence_cut", c.LostToSentenceCut);
                json.WriteNumber("overlap", c.LostToOverlap);
                json.WriteNumber("token_boundary", c.LostToTokenBoundary);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteNumber("skipped_lines", statistics.Skipped.IsDefault ? 0 : statistics.Skipped.Length);
        json.WriteEndObject();
    }

    /// <summary>The command-line name of a policy (<c>fragments</c>, <c>merge</c>).</summary>
    public static string PolicyName(DiscontinuousPolicy policy) => policy.ToString().ToLowerInvariant();

    static void WriteCount(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }
}
