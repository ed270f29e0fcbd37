using System.Collections.Immutable;

namespace ClinicalNer.Inputs;

/// <summary>
/// A sentence expanded into WordPiece sub-tokens: for each sub-token its text, vocabulary id, the index of the word
/// it came from, its tag (empty arrays when the sentence is untagged) and whether that tag counts.
/// </summary>
public sealed record AlignedSentence(
    ImmutableArray<string> Subtokens,
    ImmutableArray<int> Ids,
    ImmutableArray<int> WordIndices,
    ImmutableArray<string> Tags,
    ImmutableArray<bool> Scored)
{
    /// <summary>Number of sub-tokens.</summary>
    public int Length => Subtokens.Length;

    /// <summary>True when sub-token <paramref name="index"/> is the first piece of its word.</summary>
    public bool IsWordStart(int index) => index == 0 || WordIndices[index - 1] != WordIndices[index];

    /// <summary>
    /// One tag per word from tags given per sub-token (a model's output): each word takes its first sub-token's.
    /// </summary>
    /// <exception cref="ArgumentException">The tag count differs from the sub-token count.</exception>
    public ImmutableArray<string> WordTags(IReadOnlyList<string> subtokenTags)
    {
        if (subtokenTags.Count != Length)
            throw new ArgumentException($"{subtokenTags.Count} tags for {Length} sub-tokens", nameof(subtokenTags));
        var words = ImmutableArray.CreateBuilder<string>();
        for (int k = 0; k < Length; k++)
            if (IsWordStart(k)) words.Add(subtokenTags[k]);
        return words.ToImmutable();
    }

    /// <summary>Value equality that compares the arrays element-wise.</summary>
    public bool Equals(AlignedSentence? other) =>
        other is not null && Subtokens.SequenceEqual(other.Subtokens) && Ids.SequenceEqual(other.Ids) &&
        WordIndices.SequenceEqual(other.WordIndices) && Tags.SequenceEqual(other.Tags) && Scored.SequenceEqual(other.Scored);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Length, Tags.Length);
}
