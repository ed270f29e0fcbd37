using ClinicalNer.Charts;
using ClinicalNer.Experiments.Grid;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Experiments.Selection;

/// <summary>Charts of a model-selection grid: one model's configurations as a heatmap, and its runs' dev loss per epoch.</summary>
public static class SelectionCharts
{
    /// <summary>Dev macro F1 (at each run's epoch of least dev loss) of <paramref name="model"/>'s configurations: batch sizes by row, learning rates by column.</summary>
    /// <exception cref="ArgumentException">No point of that model.</exception>
    public static PlotlyChart F1Heatmap(IReadOnlyList<SelectionPoint> points, string model)
    {
        var own = points.Where(p => p.Model.Name == model).ToArray();
        if (own.Length == 0) throw new ArgumentException($"no finished selection run of {model}");
        var batches = own.Select(p => p.BatchSize).Distinct().Order().ToArray();
        var rates = own.Select(p => p.LearningRate).Distinct().Order().ToArray();
        double[][] z = [.. batches.Select(b => rates.Select(lr => own.FirstOrDefault(p => p.BatchSize == b && p.LearningRate == lr)?.DevMacroF1 ?? double.NaN).ToArray())];
        return Plot.Heatmap($"{own[0].Model.PaperName}: dev macro F1 at the epoch of least dev loss", z,
                            [.. rates.Select(ReproduceGrid.LearningRateName)], [.. batches.Select(b => b.ToString())], "learning rate", "batch size", "0.000");
    }

    /// <summary>Dev loss per epoch of every run of <paramref name="model"/>: the minimum of each curve is that run's best epoch.</summary>
    public static PlotlyChart DevLoss(IReadOnlyList<SelectionResult> results, string model)
    {
        var own = results.Where(r => r.Run.Model.Name == model).ToArray();
        if (own.Length == 0) throw new ArgumentException($"no finished selection run of {model}");
        return Plot.Lines($"{own[0].Run.Model.PaperName}: dev loss per epoch",
                          [.. own.Select(r => $"bs {r.Run.Config.Trainer.BatchSize}, lr {ReproduceGrid.LearningRateName(r.Run.Config.Trainer.LearningRate)}, seed {r.Run.Seed}")],
                          [.. own.Select(r => r.Epochs.Select(e => (double)e.Epoch).ToArray())],
                          [.. own.Select(r => r.Epochs.Select(e => e.DevLoss ?? double.NaN).ToArray())],
                          "epoch", "dev loss");
    }
}
