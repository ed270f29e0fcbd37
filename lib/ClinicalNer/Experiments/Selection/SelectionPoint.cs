using System.Collections.Immutable;
using ClinicalNer.Experiments.Grid;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Experiments.Selection;

/// <summary>One grid point of the selection grid (a model with a batch size and learning rate), over its seeds.</summary>
/// <param name="Model">The model.</param>
/// <param name="BatchSize">Sentences per batch.</param>
/// <param name="LearningRate">Peak learning rate.</param>
/// <param name="DevMacroF1">Mean over seeds of the dev macro F1 at each run's epoch of least dev loss.</param>
/// <param name="BestEpoch">That epoch, the median over seeds (rounded up) when there are several.</param>
/// <param name="Runs">The point's runs.</param>
public sealed record SelectionPoint(GridModel Model, int BatchSize, double LearningRate, double DevMacroF1, int BestEpoch, ImmutableArray<SelectionResult> Runs)
{
    /// <summary>How many of the point's runs (seeds) collapsed to all-O (<see cref="SelectionResult.Collapsed"/>).</summary>
    public int CollapsedRuns => Runs.Count(r => r.Collapsed);
}
