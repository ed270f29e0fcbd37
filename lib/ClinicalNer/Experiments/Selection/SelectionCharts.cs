using ClinicalNer.Charts;
using ClinicalNer.Charts.Rendering;
using ClinicalNer.Experiments.Grid;
using ClinicalNer.Metrics.Seeds;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Experiments.Selection;

/// <summary>Charts of a model-selection grid: one model's configurations as a heatmap, and their dev loss per epoch.</summary>
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

    /// <summary>
    /// Dev loss per epoch of each configuration of <paramref name="model"/>: one curve per batch size and learning rate,
    /// the mean over its seeds with one standard deviation as error bars when there are several. The minimum of a run's
    /// curve is its best epoch.
    /// </summary>
    public static PlotlyChart DevLoss(IReadOnlyList<SelectionResult> results, string model)
    {
        var own = results.Where(r => r.Run.Model.Name == model).ToArray();
        if (own.Length == 0) throw new ArgumentException($"no finished selection run of {model}");
        var configurations = own.GroupBy(r => (r.Run.Config.Trainer.BatchSize, r.Run.Config.Trainer.LearningRate)).ToArray();
        bool seeds = configurations.Any(g => g.Count() > 1);
        // [configuration][epoch] -> the dev losses of its seeds at that epoch, epochs in order
        var losses = configurations.Select(g => g.SelectMany(r => r.Epochs).Where(e => e.DevLoss is not null)
            .GroupBy(e => e.Epoch, e => e.DevLoss!.Value).OrderBy(e => e.Key).ToArray()).ToArray();
        string Name(IGrouping<(int BatchSize, double LearningRate), SelectionResult> g) =>
            $"bs {g.Key.BatchSize}, lr {ReproduceGrid.LearningRateName(g.Key.LearningRate)}" + (g.Count() > 1 ? $" ({g.Count()} seeds)" : $", seed {g.Single().Run.Seed}");
        return Plot.Lines($"{own[0].Run.Model.PaperName}: dev loss per epoch" + (seeds ? " (mean ± std over seeds)" : ""),
                          [.. configurations.Select(Name)],
                          [.. losses.Select(c => c.Select(e => (double)e.Key).ToArray())],
                          [.. losses.Select(c => c.Select(e => e.Average()).ToArray())],
                          "epoch", "dev loss",
                          errors: seeds ? [.. losses.Select(c => c.Select(e => Spread.OfRuns([.. e]).StandardDeviation).ToArray())] : null);
    }
}
