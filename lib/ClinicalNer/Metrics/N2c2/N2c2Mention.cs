namespace ClinicalNer.Metrics.N2c2;

/// <summary>
/// A text-bound annotation as the n2c2 2018 Track 2 script sees it: id, type and one numeric range from the first
/// fragment's start to the last fragment's end (a discontinuous mention includes its gap).
/// </summary>
internal readonly record struct N2c2Mention(string Id, string Type, int Start, int End)
{
    /// <summary>The script's <c>ClinicalConcept.equals</c>: same type and, strict, same start and end; lenient, overlapping half-open ranges.</summary>
    public bool Equals(N2c2Mention other, bool lenient) =>
        Type == other.Type &&
        (lenient ? End > other.Start && Start < other.End : Start == other.Start && End == other.End);
}
