using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Metrics;

/// <summary>Small hand-written gold/prediction pairs for worked examples: tags separated by spaces, sentences by <c>|</c>.</summary>
public static class TagStrings
{
    /// <summary>The pair of <paramref name="gold"/> and <paramref name="predicted"/>, for example <c>"B-Drug I-Drug O | O B-Route"</c>.</summary>
    /// <exception cref="ArgumentException">A sentence is empty or the two sides do not have the same number of tags.</exception>
    public static TaggedPair Pair(string gold, string predicted) =>
        TaggedPair.FromSentences(Sentences(gold, nameof(gold)), Sentences(predicted, nameof(predicted)));

    static Sentence[] Sentences(string tags, string side) =>
        [.. tags.Split('|').Select(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select((t, i) => t.Length > 0
            ? new Sentence("example", 0, t.Length, [.. t.Select((_, k) => new Token("w", k, k + 1))], [.. t])
            : throw new ArgumentException($"sentence {i + 1} of the {side} tags is empty", side))];
}
