namespace ClinicalNer.Experiments.Selection;

/// <summary>One row of <c>selection.csv</c>: a selection run at its epoch of least dev loss.</summary>
/// <param name="Model">The grid model name (<c>transformer-crf</c>, ...).</param>
/// <param name="BatchSize">Sentences per batch.</param>
/// <param name="LearningRate">Peak learning rate.</param>
/// <param name="Seed">The run seed.</param>
/// <param name="BestEpoch">The 1-based epoch of least dev loss.</param>
/// <param name="DevLoss">The dev loss at that epoch.</param>
/// <param name="DevMacroF1">Dev sub-token BIO macro F1 at that epoch.</param>
/// <param name="TrainSeconds">Wall time of all the run's epochs.</param>
/// <param name="Collapsed">The run collapsed to all-O (<see cref="SelectionResult.Collapsed"/>).</param>
public sealed record SelectionRow(string Model, int BatchSize, double LearningRate, long Seed, int BestEpoch, double DevLoss, double DevMacroF1,
                                  double TrainSeconds, bool Collapsed);
