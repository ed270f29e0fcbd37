using System.Collections.Immutable;
using ClinicalNer.Experiments.Grid;
using ClinicalNer.Experiments.Paper;
using ClinicalNer.Runtime;

namespace ClinicalNer.Experiments.Selection;

/// <summary>
/// <c>selection.csv</c>: one row per finished run of the selection grid, in grid order. Written by <see cref="ToCsv"/>
/// and read back by <see cref="Read"/>, both through <see cref="CsvTable"/> (a DataFrame), like <c>results.csv</c>.
/// </summary>
/// <param name="Rows">The rows, in file order.</param>
public sealed record SelectionTable(ImmutableArray<SelectionRow> Rows)
{
    static readonly string[] Columns = ["model", "batch_size", "learning_rate", "seed", "best_epoch", "dev_loss", "dev_macro_f1", "train_seconds", "collapsed"];

    /// <summary>The table of <paramref name="results"/>, in their order.</summary>
    public static SelectionTable Of(IEnumerable<SelectionResult> results) =>
        new([.. results.Select(r => new SelectionRow(r.Run.Model.Name, r.Run.Config.Trainer.BatchSize, r.Run.Config.Trainer.LearningRate, r.Run.Seed,
                                                     r.BestEpoch, r.DevLoss, r.DevMacroF1, r.TrainSeconds, r.Collapsed))]);

    /// <summary>Reads a <c>selection.csv</c> that <see cref="ToCsv"/> wrote (its values as rounded there).</summary>
    /// <exception cref="InvalidDataException">The header differs, a row does not fit it, or a cell does not parse (names the file and line).</exception>
    public static SelectionTable Read(string path) =>
        new(PaperCsv.Read(path, Columns, r => new SelectionRow(r.Text("model"), (int)r.Integer("batch_size"), r.Number("learning_rate"), r.Integer("seed"),
                                                              (int)r.Integer("best_epoch"), r.Number("dev_loss"), r.Number("dev_macro_f1"),
                                                              r.Number("train_seconds"), r.Boolean("collapsed"))));

    /// <summary>
    /// Comma-separated, one header line: learning rates as the grid names them, loss and F1 with four decimals, seconds
    /// with one; <c>collapsed</c> (last, added after the others) is true for a run that collapsed to all-O.
    /// </summary>
    public string ToCsv() =>
        CsvTable.Format(Columns, Rows.Select(r => new FormattableString[]
        {
            $"{r.Model}", $"{r.BatchSize}", $"{ReproduceGrid.LearningRateName(r.LearningRate)}", $"{r.Seed}", $"{r.BestEpoch}",
            $"{r.DevLoss:F4}", $"{r.DevMacroF1:F4}", $"{r.TrainSeconds:F1}", $"{(r.Collapsed ? "true" : "false")}",
        }.Select(FormattableString.Invariant).ToArray()));
}
