using System.Collections.Immutable;
using ClinicalNer.Charts;
using ClinicalNer.Charts.Rendering;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Experiments;

/// <summary>
/// The grid's charts, each model and variant averaged over seeds: macro F1 per model and unit (bars), and the sub-token
/// BIO macro F1 (the paper's Table II score) against parameters and against training time (scatter, one series per
/// variant).
/// </summary>
public static class ResultCharts
{
    /// <summary>The charts by file name (without extension).</summary>
    public static ImmutableArray<(string Name, PlotlyChart Chart)> Of(IReadOnlyList<RunResult> results)
    {
        var groups = results.GroupBy(r => $"{r.Run.Model.Name} {r.Run.Variant.Name}").Select(g => (Label: g.Key, Runs: g.ToArray())).ToArray();
        var units = results.SelectMany(r => r.Units).Distinct().ToArray();
        string[] labels = [.. groups.Select(g => g.Label)];
        return
        [
            ("f1-by-model-and-unit", Plot.Bars("Macro F1 per model and unit", units, labels,
                [.. groups.Select(g => units.Select(u => Mean(g.Runs, r => r.Has(u) ? r[u].Macro.F1 : double.NaN)).ToArray())],
                "unit", "macro F1")),
            ("f1-vs-parameters", ByVariant("Sub-token BIO macro F1 against parameters", results, r => r.Parameters, "trainable parameters (log scale)")),
            ("f1-vs-training-time", ByVariant("Sub-token BIO macro F1 against training time", results, r => r.TrainSeconds, "training seconds (log scale)")),
        ];
    }

    /// <summary>
    /// The paper's Table II score of each model against <paramref name="x"/>, one series per training-data variant
    /// (full, sambd), each point named by its model, on a log x axis: parameters run from under a million (from
    /// scratch) to over a hundred million (BERT).
    /// </summary>
    static PlotlyChart ByVariant(string title, IReadOnlyList<RunResult> results, Func<RunResult, double> x, string xTitle)
    {
        var variants = results.GroupBy(r => r.Run.Variant.Name)
            .Select(v => (Name: v.Key, Models: v.GroupBy(r => r.Run.Model.PaperName).Select(m => (Name: m.Key, Runs: m.ToArray())).ToArray()))
            .ToArray();
        return Plot.Scatter(title, [.. variants.Select(v => v.Name)],
            [.. variants.Select(v => v.Models.Select(m => Mean(m.Runs, x)).ToArray())],
            [.. variants.Select(v => v.Models.Select(m => Mean(m.Runs, r => r["subtoken"].Macro.F1)).ToArray())],
            labels: [.. variants.Select(v => v.Models.Select(m => m.Name).ToArray())],
            hoverTexts: [.. variants.Select(v => v.Models.Select(m => $"{m.Name} {v.Name}: {m.Runs.Length} run(s)").ToArray())],
            xTitle: xTitle, yTitle: "sub-token BIO macro F1", logX: true);
    }

    static double Mean(RunResult[] runs, Func<RunResult, double> value) => runs.Average(value);
}
