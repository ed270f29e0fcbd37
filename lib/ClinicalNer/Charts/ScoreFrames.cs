using ClinicalNer.Metrics;
using ClinicalNer.Metrics.Bootstrap;
using Microsoft.Data.Analysis;

namespace ClinicalNer.Charts;

/// <summary>Score reports as data frames for notebooks.</summary>
public static class ScoreFrames
{
    /// <summary>One row per report: unit, mode and scheme, then micro, macro and weighted F1 (4 decimals). Micro F1 of a label unit is its accuracy.</summary>
    public static DataFrame Compare(params ScoreReport[] reports) => new(
        new StringDataFrameColumn("unit", reports.Select(r => r.Unit.Name())),
        new StringDataFrameColumn("mode", reports.Select(r => r.Mode)),
        new StringDataFrameColumn("scheme", reports.Select(r => r.Scheme)),
        new DoubleDataFrameColumn("micro P", reports.Select(r => Math.Round(r.Micro.Precision, 4))),
        new DoubleDataFrameColumn("micro R", reports.Select(r => Math.Round(r.Micro.Recall, 4))),
        new DoubleDataFrameColumn("micro F1", reports.Select(r => Math.Round(r.Micro.F1, 4))),
        new DoubleDataFrameColumn("macro F1", reports.Select(r => Math.Round(r.Macro.F1, 4))),
        new DoubleDataFrameColumn("weighted F1", reports.Select(r => Math.Round(r.Weighted.F1, 4))));

    /// <summary>The per-class rows of <paramref name="report"/>: class, precision, recall, F1 (4 decimals) and support.</summary>
    public static DataFrame Classes(ScoreReport report) => new(
        new StringDataFrameColumn("class", report.Classes.Select(c => c.Name)),
        new DoubleDataFrameColumn("precision", report.Classes.Select(c => Math.Round(c.Scores.Precision, 4))),
        new DoubleDataFrameColumn("recall", report.Classes.Select(c => Math.Round(c.Scores.Recall, 4))),
        new DoubleDataFrameColumn("F1", report.Classes.Select(c => Math.Round(c.Scores.F1, 4))),
        new Int64DataFrameColumn("support", report.Classes.Select(c => c.Scores.Support)));

    /// <summary>
    /// One row per class of a paired bootstrap, then micro and macro: F1 of A and of B, the difference B − A with its
    /// confidence interval, and the p-value (4 decimals). <paramref name="a"/> and <paramref name="b"/> name the systems in the column titles.
    /// </summary>
    public static DataFrame Bootstrap(BootstrapComparison comparison, string a = "A", string b = "B")
    {
        F1Comparison[] rows = [.. comparison.Classes, comparison.Micro with { Name = "micro" }, comparison.Macro with { Name = "macro" }];
        var level = $"{comparison.Confidence * 100:0.#}%";
        return new(
            new StringDataFrameColumn("class", rows.Select(r => r.Name)),
            new DoubleDataFrameColumn($"F1 {a}", rows.Select(r => Math.Round(r.A.Value, 4))),
            new DoubleDataFrameColumn($"F1 {b}", rows.Select(r => Math.Round(r.B.Value, 4))),
            new DoubleDataFrameColumn($"{b} − {a}", rows.Select(r => Math.Round(r.Difference.Value, 4))),
            new DoubleDataFrameColumn($"{level} low", rows.Select(r => Math.Round(r.Difference.Low, 4))),
            new DoubleDataFrameColumn($"{level} high", rows.Select(r => Math.Round(r.Difference.High, 4))),
            new DoubleDataFrameColumn("p", rows.Select(r => Math.Round(r.PValue, 4))));
    }
}
