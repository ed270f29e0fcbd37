using System.Collections.Immutable;
using ClinicalNer.Metrics;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Tests.Metrics;

/// <summary>Builds small tagged pairs from label lists written inline.</summary>
static class Tagging
{
    /// <summary>One sentence per array; every token's text is "w".</summary>
    public static ImmutableArray<Sentence> Sentences(params string[][] tags) =>
        [.. tags.Select((t, i) => new Sentence($"", -1, -1, [.. t.Select(_ => new Token("w", -1, -1))], [.. t]))];

    public static TaggedPair Pair(string[][] gold, string[][] predicted) =>
        TaggedPair.FromSentences(Sentences(gold), Sentences(predicted));

    /// <summary>A one-sentence pair.</summary>
    public static TaggedPair Pair(string[] gold, string[] predicted) => Pair([gold], [predicted]);

    /// <summary>One sentence per document, documents named d0, d1, ...</summary>
    public static TaggedPair PairByDocument(string[][] gold, string[][] predicted)
    {
        ImmutableArray<Sentence> WithDocuments(ImmutableArray<Sentence> s) => [.. s.Select((x, i) => x with { DocumentId = $"d{i}" })];
        return TaggedPair.FromSentences(WithDocuments(Sentences(gold)), WithDocuments(Sentences(predicted)));
    }

    /// <summary>The label list as B- tags of one-token entities, so that scikit-learn examples over plain labels can be written as IOB.</summary>
    public static string[] AsTypes(params string[] labels) => [.. labels.Select(l => "B-" + l)];
}
