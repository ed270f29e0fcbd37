using System.Collections.Immutable;
using ClinicalNer.Corpus;
using ClinicalNer.Text.Bio;

namespace ClinicalNer.Text.Sentences;

/// <summary>
/// Splits a note into sentences of tokens (<see cref="ClinicalTokenizer"/>, <see cref="SentenceBoundaries"/>)
/// with code-point offsets. Given the note's entities it never places a boundary inside one (see
/// <see cref="TaggingOptions.KeepEntitiesWhole"/>) and counts the boundaries it suppressed.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Sentences of a note without annotations (text to tag).</summary>
    public static ImmutableArray<Sentence> Split(string documentId, string text, bool splitNumberUnits = true) =>
        Split(new Document(documentId, text, []), [], TaggingOptions.Default with { SplitNumberUnits = splitNumberUnits }).Sentences;

    /// <summary>Sentences of <paramref name="document"/>, kept from cutting its entities as <paramref name="options"/> says.</summary>
    public static SentenceSplit Split(Document document, TaggingOptions? options = null)
    {
        options ??= TaggingOptions.Default;
        return Split(document, TaggingUnit.Of(document, options.Discontinuous), options);
    }

    /// <summary>Splits with the units (sorted by start) that must stay whole.</summary>
    internal static SentenceSplit Split(Document document, TaggingUnit[] units, TaggingOptions options)
    {
        string text = document.Text;
        var ranges = new List<TextRange>(text.Length / 4 + 4);
        ClinicalTokenizer.Scan(text, 0, text.Length, options.SplitNumberUnits, ranges);
        var before = SentenceBoundaries.Find(text, ranges);
        var (suppressed, entitiesAtBoundaries) = Protect(document, units, ranges, before, options.KeepEntitiesWhole);

        var codePoints = document.CodePoints;
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        int first = 0;
        for (int k = 1; k <= ranges.Count; k++)
        {
            if (k < ranges.Count && !before[k]) continue;
            var tokens = ImmutableArray.CreateBuilder<Token>(k - first);
            for (int t = first; t < k; t++)
            {
                var r = ranges[t];
                tokens.Add(new Token(text.Substring(r.Start, r.Length), codePoints.ToCodePoint(r.Start), codePoints.ToCodePoint(r.End)));
            }
            sentences.Add(new Sentence(document.Id, tokens[0].Start, tokens[^1].End, tokens.MoveToImmutable()));
            first = k;
        }
        return new SentenceSplit(sentences.ToImmutable(), new SentenceSplitReport(sentences.Count, ranges.Count, suppressed, entitiesAtBoundaries));
    }

    /// <summary>
    /// Finds boundaries inside units, counts the entities they fall in and, when <paramref name="keepWhole"/>,
    /// removes them. A boundary between tokens k-1 and k is inside unit [a, b) when a &lt; end(k-1) and b &gt; start(k).
    /// </summary>
    static (int Suppressed, int Entities) Protect(Document document, TaggingUnit[] units, List<TextRange> tokens, bool[] before, bool keepWhole)
    {
        if (units.Length == 0) return (0, 0);
        var codePoints = document.CodePoints;
        var starts = new int[units.Length];   // [unit] -> UTF-16 start, ascending
        var maxEnd = new int[units.Length];   // [unit] -> largest UTF-16 end of units 0..unit
        for (int u = 0; u < units.Length; u++)
        {
            starts[u] = codePoints.ToUtf16(units[u].Start);
            maxEnd[u] = Math.Max(u > 0 ? maxEnd[u - 1] : 0, codePoints.ToUtf16(units[u].End));
        }

        int suppressed = 0;
        HashSet<int>? atBoundary = null;
        for (int k = 1; k < tokens.Count; k++)
        {
            if (!before[k]) continue;
            int end = tokens[k - 1].End, start = tokens[k].Start;
            int candidates = LowerBound(starts, end); // units starting before the end of token k-1
            if (candidates == 0 || maxEnd[candidates - 1] <= start) continue;
            atBoundary ??= [];
            for (int u = 0; u < candidates; u++)
                if (codePoints.ToUtf16(units[u].End) > start) atBoundary.Add(units[u].Entity);
            if (keepWhole)
            {
                before[k] = false;
                suppressed++;
            }
        }
        return (suppressed, atBoundary?.Count ?? 0);
    }

    /// <summary>The number of elements of ascending <paramref name="values"/> below <paramref name="value"/>.</summary>
    static int LowerBound(int[] values, int value)
    {
        int lo = 0, hi = values.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
