using ClinicalNer.Training.Settings;

namespace ClinicalNer.Training.Runs;

/// <summary>
/// Learning curves of a run as chart series: one point per epoch, x the epoch number. Series without values (dev
/// loss or dev F1 of a run without dev data) are left out rather than drawn as zeros.
/// </summary>
/// <param name="Names">Series names.</param>
/// <param name="Epochs">[series][point] epoch numbers.</param>
/// <param name="Values">[series][point] values.</param>
public sealed record TrainingCurves(string[] Names, double[][] Epochs, double[][] Values)
{
    /// <summary>Mean training loss and dev loss per epoch.</summary>
    public static TrainingCurves Losses(IReadOnlyList<EpochRecord> epochs) =>
        Of(epochs, ("train loss", e => e.TrainLoss), ("dev loss", e => e.DevLoss));

    /// <summary>Dev sub-token macro F1 and dev entity-strict F1 per epoch.</summary>
    public static TrainingCurves DevScores(IReadOnlyList<EpochRecord> epochs) =>
        Of(epochs, ("dev sub-token macro F1", e => e.DevSubtokenMacroF1), ("dev entity strict F1", e => e.DevEntityStrictF1));

    static TrainingCurves Of(IReadOnlyList<EpochRecord> epochs, params (string Name, Func<EpochRecord, double?> Value)[] series)
    {
        var names = new List<string>();
        var xs = new List<double[]>();
        var ys = new List<double[]>();
        foreach (var (name, value) in series)
        {
            var points = epochs.Where(e => value(e) is not null).ToArray();
            if (points.Length == 0) continue;
            names.Add(name);
            xs.Add([.. points.Select(e => (double)e.Epoch)]);
            ys.Add([.. points.Select(e => value(e)!.Value)]);
        }
        return new TrainingCurves([.. names], [.. xs], [.. ys]);
    }
}
