namespace ClinicalNer.Metrics.Entities;

/// <summary>An entity of a tagged pair: tokens [<see cref="Start"/>, <see cref="End"/>) of the pair (not of its sentence) and a type.</summary>
public sealed record TaggedSpan(int Start, int End, string Type)
{
    /// <summary>True when the two token ranges share a token.</summary>
    public bool Overlaps(TaggedSpan other) => Start < other.End && other.Start < End;

    /// <summary>True when both ranges are the same.</summary>
    public bool SameSpan(TaggedSpan other) => Start == other.Start && End == other.End;
}
