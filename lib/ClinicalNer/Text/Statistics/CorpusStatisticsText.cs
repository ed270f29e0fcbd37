using System.Globalization;
using System.Text;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.Statistics;

/// <summary>Formats <see cref="CorpusStatistics"/> as a plain-text table for the terminal.</summary>
public static class CorpusStatisticsText
{
    /// <summary>The table, one fact per line, ending with a newline.</summary>
    public static string Format(CorpusStatistics s)
    {
        var text = new StringBuilder();
        Line(text, $"{s.Source} ({s.Format})");
        Row(text, "documents", s.Documents);
        Row(text, "sentences", s.Sentences);
        Row(text, "tokens", s.Tokens);
        Row(text, "entity-free sentences", s.EntityFreeSentences, Percent(s.Labels.EntityFreeShare));
        Row(text, "discontinuous entities", s.Discontinuous);
        Row(text, "overlapping entities", s.Overlapping);
        Row(text, "relations", s.Relations);

        Line(text, $"{(s.Format == "brat" ? "entities (T lines)" : "entities (tag chunks)")}");
        int total = s.Entities.Values.Sum();
        foreach (var (type, count) in s.Entities.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal))
            Row(text, "  " + type, count, total == 0 ? "" : Percent((double)count / total));
        Row(text, "  total", total);

        Line(text, $"labels (tokens)");
        foreach (var (label, count) in s.Labels.Labels.OrderByDescending(l => l.Value).ThenBy(l => l.Key, StringComparer.Ordinal))
            Row(text, "  " + label, count, Percent(s.Labels.Share(label)));

        if (s.Split is { } split)
            Line(text, $"sentence splitting: {split.SuppressedBoundaries:N0} boundaries suppressed inside entities ({split.EntitiesAtBoundaries:N0} entities a splitter blind to entities would cut)");
        if (s.Encoding is { } e)
            Line(text, $"encoding ({CorpusStatisticsJson.PolicyName(e.Policy)}): {e.Units:N0} units; dropped by overlap {e.DroppedByOverlap:N0}, truncated by overlap {e.TruncatedByOverlap:N0}, without tokens {e.WithoutTokens:N0}, cut by sentence {e.CutBySentence:N0}");
        if (!s.Ceilings.IsDefaultOrEmpty)
        {
            Line(text, $"encoding ceiling (gold T lines vs spans decoded from gold tags, exact match)");
            Line(text, $"  {"policy",-10}{"gold",9}{"decoded",9}{"exact",9}{"P",8}{"R",8}{"F1",8}   lost: {"discont.",9}{"sent.cut",9}{"overlap",9}{"token",9}");
            foreach (var c in s.Ceilings)
                Line(text, $"  {CorpusStatisticsJson.PolicyName(c.Policy),-10}{c.Gold,9:N0}{c.Decoded,9:N0}{c.Exact,9:N0}{c.Precision,8:F4}{c.Recall,8:F4}{c.F1,8:F4}         {c.LostToDiscontinuity,9:N0}{c.LostToSentenceCut,9:N0}{c.LostToOverlap,9:N0}{c.LostToTokenBoundary,9:N0}");
        }
        if (!s.Skipped.IsDefaultOrEmpty) Line(text, $"skipped lines (lenient read): {s.Skipped.Length:N0}");
        return text.ToString();
    }

    static string Percent(double share) => (100 * share).ToString("F1", CultureInfo.InvariantCulture) + "%";

    static void Row(StringBuilder text, string name, long? value, string share = "") =>
        text.Append(string.Create(CultureInfo.InvariantCulture, $"{name,-28}{(value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : "n/a"),12}  {share}").TrimEnd()).Append('\n');

    /// <summary>Appends one line, formatted in the invariant culture whatever the machine's.</summary>
    static void Line(StringBuilder text, FormattableString line) => text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
