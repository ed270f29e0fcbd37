using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ClinicalNer.Experiments.Grid;
using ClinicalNer.Experiments.Paper;
using ClinicalNer.Runtime;
using ClinicalNer.Training.Settings;
using Microsoft.Data.Analysis;

namespace ClinicalNer.Experiments.Selection;

/// <summary>
/// The paper's model selection (paper-notes §2.1): for every run, the epoch of least dev loss; for every model, the
/// configuration with the best dev macro F1 at that epoch (averaged over seeds). The chosen batch size, learning rate
/// and epoch are the final runs' settings, written in the shape of <c>results/paper/final-hyperparameters.csv</c> so
/// that <c>reproduce --grid final --hyperparameters</c> can take them.
/// </summary>
public static class ModelSelection
{
    static readonly string[] HyperParameterColumns = ["model", "batch_size", "epochs", "learning_rate"];

    /// <summary>The finished runs of the selection grid of <paramref name="options"/>, in grid order.</summary>
    public static ImmutableArray<SelectionResult> Read(ReproduceOptions options) =>
        [.. ReproduceGrid.Plan(options).Where(run => GridRunner.IsDone(run, options.Output))
                                       .Select(run => SelectionResult.Read(run, GridRunner.Folder(options.Output, run)))];

    /// <summary>Every grid point of <paramref name="results"/>, in grid order.</summary>
    public static ImmutableArray<SelectionPoint> Points(IEnumerable<SelectionResult> results) =>
        [.. results.GroupBy(r => (r.Run.Model, r.Run.Config.Trainer.BatchSize, r.Run.Config.Trainer.LearningRate))
                   .Select(g => new SelectionPoint(g.Key.Model, g.Key.BatchSize, g.Key.LearningRate, g.Average(r => r.DevMacroF1),
                                                   Median(g.Select(r => r.BestEpoch)), [.. g]))];

    /// <summary>The chosen point of each model: best mean dev macro F1; a tie goes to the point planned first.</summary>
    public static ImmutableArray<SelectionPoint> Choose(IEnumerable<SelectionPoint> points) =>
        [.. points.GroupBy(p => p.Model).Select(g => g.Aggregate((best, p) => p.DevMacroF1 > best.DevMacroF1 ? p : best))];

    /// <summary>The points as a table (model, batch, learning rate, best epoch, dev macro F1, and how many seeds collapsed to all-O), shown as such in notebooks.</summary>
    public static DataFrame Frame(IEnumerable<SelectionPoint> points)
    {
        var list = points.ToArray();
        return new DataFrame(
            new StringDataFrameColumn("model", list.Select(p => p.Model.Name)),
            new Int32DataFrameColumn("batch", list.Select(p => p.BatchSize)),
            new StringDataFrameColumn("lr", list.Select(p => ReproduceGrid.LearningRateName(p.LearningRate))),
            new Int32DataFrameColumn("best epoch", list.Select(p => p.BestEpoch)),
            new DoubleDataFrameColumn("dev macro F1", list.Select(p => Math.Round(p.DevMacroF1, 4))),
            new Int32DataFrameColumn("collapsed seeds", list.Select(p => p.CollapsedRuns)));
    }

    /// <summary>One line per run that collapsed to all-O, naming it; empty when none did.</summary>
    public static IEnumerable<string> CollapseWarnings(IEnumerable<SelectionResult> results) =>
        results.Where(r => r.Collapsed).Select(r => Invariant($"{r.Run.Name}: {SelectionResult.CollapseNote} (dev macro F1 {r.DevMacroF1:F4})"));

    /// <summary><c>selected-hyperparameters.csv</c>: the chosen batch size, epochs (the best epoch) and learning rate of each model.</summary>
    public static string HyperParametersCsv(IEnumerable<SelectionPoint> chosen) =>
        CsvTable.Format(HyperParameterColumns,
                        chosen.Select(p => Cells($"{p.Model.Name}", $"{p.BatchSize}", $"{p.BestEpoch}", $"{ReproduceGrid.LearningRateName(p.LearningRate)}")));

    /// <summary>
    /// Reads final-run settings in the shape of <c>selected-hyperparameters.csv</c> and the paper's
    /// <c>final-hyperparameters.csv</c> (<c>model,batch_size,epochs,learning_rate</c>; grid or paper model names).
    /// </summary>
    /// <exception cref="InvalidDataException">A bad header or cell (names the file and line).</exception>
    public static ImmutableArray<PaperHyperParameters> ReadHyperParameters(string path) =>
        PaperCsv.Read(path, HyperParameterColumns,
                      r => new PaperHyperParameters(r.Text("model"), (int)r.Integer("batch_size"), (int)r.Integer("epochs"), r.Number("learning_rate")));

    /// <summary><c>selection.md</c>: the chosen points beside the paper's choices, then every point.</summary>
    public static string Markdown(ImmutableArray<SelectionPoint> points, PaperResults paper, string data)
    {
        var text = new StringBuilder("# Model selection (`clinical-ner reproduce --grid selection`)\n\n");
        text.Append($"Data: `{data}`. Each run trains on the down-sampled training part (SamBD, p = 0.08) and is scored after every ")
            .Append("epoch on the held-out dev notes, not down-sampled. Its best epoch is the one of least dev loss; each model's chosen ")
            .Append("configuration has the best dev sub-token macro F1 at that epoch (mean over seeds). The paper ranked by the mean of ")
            .Append("macro P, R and F1 on n2c2's 273/30 split, so its numbers compare only on that data.\n\n");
        text.Append("| model | batch | lr | best epoch | dev macro F1 | paper: batch | lr | best epoch | val macro F1 |\n|---|---|---|---|---|---|---|---|---|\n");
        foreach (var p in Choose(points))
        {
            var published = paper.ModelSelection.FirstOrDefault(s => s.Model == p.Model.PaperName);
            text.Append(Invariant($"| {p.Model.Name} | {p.BatchSize} | {ReproduceGrid.LearningRateName(p.LearningRate)} | {p.BestEpoch} | {p.DevMacroF1:F4} | "))
                .Append(published is null ? "– | – | – | – |\n"
                        : Invariant($"{published.BatchSize} | {ReproduceGrid.LearningRateName(published.LearningRate)} | {published.BestEpoch} | {published.MacroF1:F4} |\n"));
        }
        text.Append("\nEvery configuration:\n\n| model | batch | lr | seeds | best epoch | dev macro F1 |\n|---|---|---|---|---|---|\n");
        foreach (var p in points)
            text.Append(Invariant($"| {p.Model.Name} | {p.BatchSize} | {ReproduceGrid.LearningRateName(p.LearningRate)} | {p.Runs.Length} | {p.BestEpoch} | {p.DevMacroF1:F4} |\n"));
        var collapsed = CollapseWarnings(points.SelectMany(p => p.Runs)).ToArray();
        if (collapsed.Length > 0)
            text.Append($"\n**{collapsed.Length} of {points.Sum(p => p.Runs.Length)} runs collapsed to all-O**, as the paper's BioBERT-Apt did:\n\n")
                .Append(string.Concat(collapsed.Select(line => $"- {line}\n")));
        return text.ToString();
    }

    static int Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    static string[] Cells(params FormattableString[] cells) => [.. cells.Select(Invariant)];
}
