using System.Collections.Immutable;

namespace ClinicalNer.Metrics;

/// <summary>
/// Options that recompute the rows of the paper's Table IV: a class subset and a type mapping.
/// </summary>
public sealed record ScoreOptions
{
    /// <summary>No subset, no mapping.</summary>
    public static ScoreOptions None { get; } = new();

    /// <summary>
    /// Report only these classes, in this order (scikit-learn's <c>labels=</c>): BIO labels for the <c>subtoken</c> and
    /// <c>word</c> units, types otherwise. Averages are then over the subset, and the label units print "micro avg"
    /// instead of "accuracy" unless the subset is every present label. A class absent from the data gets a zero row,
    /// as in scikit-learn. Empty: every class present in either side.
    /// </summary>
    public ImmutableArray<string> Labels { get; init; } = [];

    /// <summary>
    /// Entity types counted as another type on both sides before scoring, e.g. <c>ADE → Reason</c>
    /// (<c>B-ADE</c> becomes <c>B-Reason</c>). Every key must occur in the data.
    /// </summary>
    public ImmutableDictionary<string, string> TypeMap { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>A short description for report headers ("" when no option is set).</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (!Labels.IsEmpty) parts.Add("labels " + string.Join(",", Labels));
        if (!TypeMap.IsEmpty) parts.Add("map " + string.Join(",", TypeMap.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));
        return string.Join("  ", parts);
    }

    /// <summary>Value equality that compares the subset and the mapping element-wise.</summary>
    public bool Equals(ScoreOptions? other) =>
        other is not null && Labels.SequenceEqual(other.Labels) &&
        TypeMap.Count == other.TypeMap.Count && TypeMap.All(p => other.TypeMap.TryGetValue(p.Key, out var v) && v == p.Value);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Labels.Length, TypeMap.Count);
}
