using System.Collections.Immutable;
using ClinicalNer.Text.Bio;

namespace ClinicalNer.Text.Sentences;

/// <summary>
/// A sentence of a note: its tokens and, once tagged, one tag per token (IOB2 unless said otherwise).
/// <see cref="Start"/>/<see cref="End"/> are code-point offsets in the note (-1 when unknown).
/// </summary>
public sealed record Sentence(string DocumentId, int Start, int End, ImmutableArray<Token> Tokens, ImmutableArray<string> Tags)
{
    /// <summary>An untagged sentence.</summary>
    public Sentence(string documentId, int start, int end, ImmutableArray<Token> tokens)
        : this(documentId, start, end, tokens, []) { }

    /// <summary>True when every token has a tag.</summary>
    public bool IsTagged => Tags.Length == Tokens.Length && Tokens.Length > 0;

    /// <summary>True when the sentence is tagged and no tag is outside an entity.</summary>
    public bool HasEntity => Tags.Any(t => t != "O");

    /// <summary>This sentence with the given tags.</summary>
    public Sentence WithTags(ImmutableArray<string> tags)
    {
        if (tags.Length != Tokens.Length)
            throw new ArgumentException($"{tags.Length} tags for {Tokens.Length} tokens", nameof(tags));
        return this with { Tags = tags };
    }

    /// <summary>Value equality that compares tokens and tags element-wise.</summary>
    public bool Equals(Sentence? other) =>
        other is not null && DocumentId == other.DocumentId && Start == other.Start && End == other.End &&
        Tokens.SequenceEqual(other.Tokens) && Tags.SequenceEqual(other.Tags);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(DocumentId, Start, End, Tokens.Length);
}
