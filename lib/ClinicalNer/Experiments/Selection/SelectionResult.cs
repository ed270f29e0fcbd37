using System.Collections.Immutable;
using ClinicalNer.Experiments.Grid;
using ClinicalNer.Training;
using ClinicalNer.Training.Runs;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Experiments.Selection;

/// <summary>A finished selection run, read at its epoch of least dev loss (the paper's rule for the best epoch).</summary>
/// <param name="Run">The grid run.</param>
/// <param name="BestEpoch">The 1-based epoch of least dev loss.</param>
/// <param name="DevLoss">The dev loss at that epoch.</param>
/// <param name="DevMacroF1">Dev sub-token BIO macro F1 at that epoch (scikit-learn semantics, O included).</param>
/// <param name="TrainSeconds">Wall time of all its epochs.</param>
/// <param name="Epochs">Every epoch's record (for learning curves).</param>
public sealed record SelectionResult(GridRun Run, int BestEpoch, double DevLoss, double DevMacroF1, double TrainSeconds, ImmutableArray<EpochRecord> Epochs)
{
    /// <summary>Reads the finished selection run at <paramref name="folder"/>.</summary>
    /// <exception cref="InvalidDataException">The run scored no dev data at some epoch (a corpus too small to hold dev notes out).</exception>
    public static SelectionResult Read(GridRun run, string folder)
    {
        var runFolder = RunFolder.Open(folder);
        var epochs = runFolder.ReadEpochs();
        if (epochs.IsEmpty || epochs.Any(e => e.DevLoss is null || e.DevSubtokenMacroF1 is null))
            throw new InvalidDataException($"{runFolder.EpochsPath}: a selection run needs a dev loss and dev F1 at every epoch");
        var best = epochs.MinBy(e => e.DevLoss!.Value)!;
        return new SelectionResult(run, best.Epoch, best.DevLoss!.Value, best.DevSubtokenMacroF1!.Value, epochs.Sum(e => e.WallSeconds), epochs);
    }
}
