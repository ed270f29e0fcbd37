namespace ClinicalNer.Corpus;

/// <summary>
/// A contiguous piece of an entity: the half-open range [<see cref="Start"/>, <see cref="End"/>) of a note's text,
/// counted in Unicode code points as brat counts them (Python string indices), not in UTF-16 units.
/// </summary>
public readonly record struct Fragment(int Start, int End)
{
    /// <summary>Number of code points covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the two half-open ranges share at least one code point (touching is no overlap).</summary>
    public bool Overlaps(Fragment other) => Start < other.End && other.Start < End;

    /// <inheritdoc />
    public override string ToString() => $"{Start} {End}";
}
