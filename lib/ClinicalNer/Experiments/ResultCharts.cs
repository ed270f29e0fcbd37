using System.Collections.Immutable;
using ClinicalNer.Charts;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Experiments;

/// <summary>
/// The grid's charts, each model and variant averaged over seeds: macro F1 per model and unit (bars), and the sub-token
/// BIO macro F1 (the paper's Table II score) against parameters and against training time (scatter).
/// </summary>
public static class ResultCharts
{
    /// <summary>The charts by file name (without extension).</summary>
    public static ImmutableArray<(string Name, PlotlyChart Chart)> Of(IReadOnlyList<RunResult> results)
    {
        var groups = results.GroupBy(r => $"{r.Run.Model.Name} {r.Run.Variant.Name}").Select(g => (Label: g.Key, Runs: g.ToArray())).ToArray();
        var units = results.SelectMany(r => r.Units).Distinct().ToArray();
        string[] labels = [.. groups.Select(g => g.Label)];
        double[] paperScore = [.. groups.Select(g => Mean(g.Runs, r => r["subtoken"].Macro.F1))];
        return
        [
            ("f1-by-model-and-unit", Plot.Bars("Macro F1 per model and unit", units, labels,
                [.. groups.Select(g => units.Select(u => Mean(g.Runs, r => r.Has(u) ? r[u].Macro.F1 : double.NaN)).ToArray())],
                "unit", "macro F1")),
            ("f1-vs-parameters", Plot.Scatter("Sub-token BIO macro F1 against parameters", [.. groups.Select(g => Mean(g.Runs, r => r.Parameters))],
                paperScore, labels, xTitle: "trainable parameters", yTitle: "sub-token BIO macro F1")),
            ("f1-vs-training-time", Plot.Scatter("Sub-token BIO macro F1 against training time", [.. groups.Select(g => Mean(g.Runs, r => r.TrainSeconds))],
                paperScore, labels, xTitle: "training seconds", yTitle: "sub-token BIO macro F1")),
        ];
    }

    static double Mean(RunResult[] runs, Func<RunResult, double> value) => runs.Average(value);
}
