using System.Collections.Immutable;

namespace ClinicalNer.Metrics.Bootstrap;

/// <summary>
/// The result of a paired bootstrap between two systems scored at one unit: per class, micro and macro F1.
/// </summary>
/// <param name="Unit">The unit both systems were scored at.</param>
/// <param name="Resampled">What was resampled: <c>documents</c> or <c>sentences</c> (when the input names no documents).</param>
/// <param name="ResampledCount">How many documents or sentences each sample draws (with replacement).</param>
/// <param name="Samples">Number of bootstrap samples.</param>
/// <param name="Seed">Seed of the random draws; the same seed gives the same result.</param>
/// <param name="Confidence">Confidence level of the intervals, e.g. 0.95.</param>
/// <param name="Classes">One comparison per class (union of both systems' classes).</param>
/// <param name="Micro">Micro-averaged F1 (for the label units with every label, the accuracy).</param>
/// <param name="Macro">Unweighted mean of the per-class F1s.</param>
public sealed record BootstrapComparison(
    ScoreUnit Unit, string Resampled, int ResampledCount, int Samples, int Seed, double Confidence,
    ImmutableArray<F1Comparison> Classes, F1Comparison Micro, F1Comparison Macro)
{
    /// <summary>Value equality that compares the class rows element-wise.</summary>
    public bool Equals(BootstrapComparison? other) =>
        other is not null && Unit == other.Unit && Resampled == other.Resampled && ResampledCount == other.ResampledCount &&
        Samples == other.Samples && Seed == other.Seed && Confidence == other.Confidence &&
        Classes.SequenceEqual(other.Classes) && Micro == other.Micro && Macro == other.Macro;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Samples, Seed, Micro);
}
