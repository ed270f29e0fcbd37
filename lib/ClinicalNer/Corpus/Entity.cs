using System.Collections.Immutable;

namespace ClinicalNer.Corpus;

/// <summary>
/// A typed mention in a note: brat's text-bound annotation (<c>T</c> line). Discontinuous mentions have
/// several <see cref="Fragments"/> in text order; <see cref="Text"/> is the covered text as brat writes it
/// (fragments joined by a space).
/// </summary>
public sealed record Entity(string Id, string Type, ImmutableArray<Fragment> Fragments, string Text)
{
    /// <summary>Start of the first fragment (code points).</summary>
    public int Start => Fragments[0].Start;

    /// <summary>End of the last fragment (code points).</summary>
    public int End => Fragments[^1].End;

    /// <summary>True when the mention has more than one fragment.</summary>
    public bool IsDiscontinuous => Fragments.Length > 1;

    /// <summary>Creates a contiguous entity.</summary>
    public static Entity Contiguous(string id, string type, int start, int end, string text) =>
        new(id, type, [new Fragment(start, end)], text);

    /// <summary>Value equality that compares fragments element-wise (records compare arrays by reference).</summary>
    public bool Equals(Entity? other) =>
        other is not null && Id == other.Id && Type == other.Type && Text == other.Text &&
        Fragments.SequenceEqual(other.Fragments);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Type, Start, End, Text);
}
