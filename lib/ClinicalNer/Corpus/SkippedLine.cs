namespace ClinicalNer.Corpus;

/// <summary>A line that a lenient read skipped, with the reason it would have failed a strict read.</summary>
public sealed record SkippedLine(string File, int Line, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}: {Reason}";
}
