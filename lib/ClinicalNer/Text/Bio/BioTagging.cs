using System.Collections.Immutable;
using ClinicalNer.Corpus;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.Bio;

/// <summary>
/// Encodes a note's entities as IOB2 tags on its sentences, as NeuroNER's brat-to-CoNLL converter (the paper's
/// data) does:
/// <list type="bullet">
/// <item>Entities become units (<see cref="DiscontinuousPolicy"/>) sorted by start.</item>
/// <item>A token takes the type of the first unit in that order that it overlaps (token start inside, token end
/// inside, or the unit strictly inside the token: for non-empty ranges, plain interval overlap); so of
/// overlapping entities the earliest-starting wins and the others lose those tokens (counted).</item>
/// <item>A token is <c>B-</c> when the previous token of its sentence is <c>O</c>, of another type or taken by
/// another unit, so adjacent entities of one type stay apart; otherwise <c>I-</c>. NeuroNER instead restarts
/// after a token that ends exactly at its entity's end; the two agree unless an entity ends inside whitespace
/// or inside a token.</item>
/// </list>
/// </summary>
public static class BioTagging
{
    /// <summary>Splits, tokenizes and tags <paramref name="document"/>.</summary>
    public static TaggedDocument Tag(Document document, TaggingOptions? options = null)
    {
        options ??= TaggingOptions.Default;
        var units = TaggingUnit.Of(document, options.Discontinuous);
        return Tag(document, units, SentenceSplitter.Split(document, units, options), options);
    }

    /// <summary>Tags the sentences of <paramref name="split"/>, made with <paramref name="units"/> (sorted by start) kept whole.</summary>
    internal static TaggedDocument Tag(Document document, TaggingUnit[] units, SentenceSplit split, TaggingOptions options)
    {
        var sentences = split.Sentences;

        int n = 0;
        foreach (var s in sentences) n += s.Tokens.Length;
        var starts = new int[n];      // [token] -> code-point start, document order
        var ends = new int[n];        // [token] -> code-point end, ascending
        var sentenceOf = new int[n];  // [token] -> sentence index
        for (int s = 0, t = 0; s < sentences.Length; s++)
            foreach (var token in sentences[s].Tokens)
            {
                starts[t] = token.Start;
                ends[t] = token.End;
                sentenceOf[t++] = s;
            }

        var owner = new int[n];       // [token] -> unit that tags it, -1 for O
        Array.Fill(owner, -1);
        var lost = new bool[units.Length];
        var cut = new bool[units.Length];
        int dropped = 0, truncated = 0, withoutTokens = 0, cutCount = 0;
        for (int u = 0; u < units.Length; u++)
        {
            int first = UpperBound(ends, units[u].Start); // first token ending after the unit starts
            int t = first, owned = 0;
            for (; t < n && starts[t] < units[u].End; t++)
            {
                if (owner[t] < 0)
                {
                    owner[t] = u;
                    owned++;
                }
                else lost[u] = true;
            }
            if (t == first) withoutTokens++;
            else
            {
                if (owned == 0) dropped++;
                else if (lost[u]) truncated++;
                cut[u] = sentenceOf[first] != sentenceOf[t - 1];
                if (cut[u]) cutCount++;
            }
        }

        var tagNames = new Dictionary<string, (string Begin, string Inside)>(StringComparer.Ordinal);
        var tagged = ImmutableArray.CreateBuilder<Sentence>(sentences.Length);
        for (int s = 0, t = 0; s < sentences.Length; s++)
        {
            var tags = ImmutableArray.CreateBuilder<string>(sentences[s].Tokens.Length);
            for (int i = 0; i < sentences[s].Tokens.Length; i++, t++)
            {
                int u = owner[t];
                if (u < 0)
                {
                    tags.Add("O");
                    continue;
                }
                var type = document.Entities[units[u].Entity].Type;
                if (!tagNames.TryGetValue(type, out var names)) tagNames[type] = names = ("B-" + type, "I-" + type);
                tags.Add(i > 0 && owner[t - 1] == u ? names.Inside : names.Begin);
            }
            tagged.Add(sentences[s].WithTags(tags.MoveToImmutable()));
        }

        int discontinuous = 0;
        foreach (var e in document.Entities) if (e.IsDiscontinuous) discontinuous++;
        var report = new TaggingReport(options.Discontinuous, document.Entities.Length, discontinuous, units.Length,
            dropped, truncated, withoutTokens, cutCount);
        return new TaggedDocument(document, tagged.MoveToImmutable(), split.Report, report)
        {
            Units = units,
            LostTokens = lost,
            CutBySentence = cut,
        };
    }

    /// <summary>The index of the first element of ascending <paramref name="values"/> above <paramref name="value"/>.</summary>
    static int UpperBound(int[] values, int value)
    {
        int lo = 0, hi = values.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
