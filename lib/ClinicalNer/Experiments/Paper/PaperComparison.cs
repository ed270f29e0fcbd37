using System.Globalization;
using System.Text;
using ClinicalNer.Experiments.Grid;
using ClinicalNer.Metrics;
using ClinicalNer.Metrics.Seeds;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Experiments.Paper;

/// <summary>
/// <c>paper-comparison.md</c>: each model's sub-token scores beside the paper's: BIO macro F1 (Table II), weighted F1
/// and accuracy (Table III) for the full training data, and the token-level scores of full against down-sampled
/// training (Sec. V-C). A mean over seeds shows its standard deviation.
/// </summary>
public static class PaperComparison
{
    /// <summary>The Markdown page for <paramref name="results"/> on <paramref name="data"/>.</summary>
    /// <param name="results">The grid's results.</param>
    /// <param name="paper">The paper's tables.</param>
    /// <param name="data">The corpus folder, named in the caveat.</param>
    /// <param name="isN2c2">The corpus is n2c2-2018 Track 2; otherwise the page says that the data differ.</param>
    public static string Markdown(IReadOnlyList<RunResult> results, PaperResults paper, string data, bool isN2c2)
    {
        var text = new StringBuilder("# Comparison with the paper (arXiv 2210.12770)\n\n");
        text.Append(isN2c2
            ? $"Data: `{data}`, n2c2-2018 Track 2 as the paper. "
            : $"**The data differ.** These runs used `{data}`, not n2c2-2018 Track 2, on which the paper's numbers were measured: " +
              "the paper's columns are a reference point, not a target these runs should meet. ");
        text.Append("All scores are scikit-learn reports over WordPiece sub-tokens (O included), as the paper's; each model's own tokenizer.\n\n");

        text.Append("## Sub-token BIO, full training data (Tables II and III)\n\n");
        text.Append("| model | runs | macro F1 | paper macro F1 | weighted F1 | paper weighted F1 | accuracy | paper accuracy |\n|---|---|---|---|---|---|---|---|\n");
        foreach (var group in Groups(results, GridVariant.Full))
        {
            var name = group[0].Run.Model.PaperName;
            var macro = paper.BioMacro.FirstOrDefault(p => p.Model == name);
            var weighted = paper.BioWeighted.FirstOrDefault(p => p.Model == name);
            text.Append($"| {name} | {group.Count} | {Mean(group, r => r["subtoken"].Macro.F1)} | {Show(macro?.F1)} | {Mean(group, r => r["subtoken"].Weighted.F1)} | " +
                        $"{Show(weighted?.F1)} | {Mean(group, r => r["subtoken"].Accuracy ?? double.NaN)} | {Show(weighted?.Accuracy)} |\n");
        }

        text.Append("\n## Token level (B-/I- stripped), full against down-sampled training data (Sec. V-C)\n\n");
        text.Append("| model | variant | runs | macro F1 | paper macro F1 | weighted F1 | paper weighted F1 | accuracy | paper accuracy |\n|---|---|---|---|---|---|---|---|---|\n");
        foreach (var variant in GridVariant.Both)
            foreach (var group in Groups(results, variant))
            {
                var name = group[0].Run.Model.PaperName;
                var reported = paper.Downsampling.FirstOrDefault(p => p.Model == name);
                bool full = variant == GridVariant.Full;
                text.Append($"| {name} | {variant.Name} | {group.Count} | {Mean(group, r => r["subtoken-type"].Macro.F1)} | " +
                            $"{Show(full ? reported?.MacroF1Full : reported?.MacroF1Sambd)} | {Mean(group, r => r["subtoken-type"].Weighted.F1)} | " +
                            $"{Show(full ? reported?.WeightedF1Full : reported?.WeightedF1Sambd)} | {Mean(group, r => r["subtoken-type"].Accuracy ?? double.NaN)} | " +
                            $"{Show(full ? reported?.AccuracyFull : reported?.AccuracySambd)} |\n");
            }
        text.Append("\n– : the paper reports no such number (it gives down-sampling results for the CRF models only).\n");
        return text.ToString();
    }

    static IEnumerable<List<RunResult>> Groups(IReadOnlyList<RunResult> results, GridVariant variant) =>
        results.Where(r => r.Run.Variant == variant).GroupBy(r => r.Run.Model.Name).Select(g => g.ToList());

    static string Mean(IReadOnlyList<RunResult> group, Func<RunResult, double> score)
    {
        if (group.Count == 1) return Show(score(group[0]));
        var spread = Spread.Of([.. group.Select(score)]);
        return $"{Show(spread.Mean)} ± {Show(spread.StandardDeviation)}";
    }

    static string Show(double? value) => value is { } v && !double.IsNaN(v) ? v.ToString("F4", CultureInfo.InvariantCulture) : "–";
}
