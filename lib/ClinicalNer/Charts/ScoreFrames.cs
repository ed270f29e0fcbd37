using ClinicalNer.Metrics;
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
}
