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
    /// <summary>
    /// The dev macro F1 at or below which a run has collapsed to all-O. A tagger that predicts only O scores F1 on the O
    /// label alone, so its macro F1 over K labels is at most 1/K: 0.053 over n2c2's 19 labels (the paper's collapsed
    /// BioBERT-Apt: 0.0488, Table II). 0.08 also catches a near-collapse that emits a few stray entity labels.
    /// </summary>
    public const double CollapseMacroF1 = 0.08;

    /// <summary>The note on a collapsed run or configuration, for reports and notebooks.</summary>
    public const string CollapseNote =
        "collapsed to all-O (dev macro F1 ≤ 0.08): it predicts O almost everywhere, as the paper's BioBERT-Apt did (Table II macro F1 0.0488); its scores carry no information";

    /// <summary>Whether the run collapsed to all-O at its best epoch (dev macro F1 at or below <see cref="CollapseMacroF1"/>).</summary>
    public bool Collapsed => DevMacroF1 <= CollapseMacroF1;

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
