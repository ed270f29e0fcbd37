using ClinicalNer.Metrics;

namespace ClinicalNer;

/// <summary>What <see cref="Tagger.Evaluate"/> measured: a report at each unit, and a warning when the model predicts no entity at all.</summary>
/// <param name="Reports">The report of each unit scored (the n2c2 units only for a brat corpus).</param>
/// <param name="Collapse">Set when gold has entities and the model predicted none: its scores then carry no information.</param>
/// <param name="OtherData">
/// Set when the scored data are not the run's own: says which files took the scores (<c>metrics-ID.json</c>,
/// <c>predictions-ID/</c>), since the run's own <c>metrics.json</c> is left as it was.
/// </param>
public sealed record Evaluation(IReadOnlyDictionary<ScoreUnit, ScoreReport> Reports, string? Collapse, string? OtherData)
{
    /// <summary>The report at <paramref name="unit"/>.</summary>
    /// <exception cref="KeyNotFoundException">The unit was not scored (n2c2 units on a CoNLL corpus).</exception>
    public ScoreReport this[ScoreUnit unit] => Reports[unit];
}
