using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ClinicalNer.Metrics;
using ClinicalNer.Metrics.Seeds;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Experiments;

/// <summary>
/// The results grid: one row per run (model, variant, seed, parameters, training seconds, micro and macro F1 at every
/// unit, sub-token weighted F1 and accuracy), followed, when there are several seeds, by each model and variant's mean
/// and standard deviation rows (<c>seed</c> = <c>mean</c>, <c>std</c>). Written as CSV and as a Markdown table.
/// </summary>
/// <param name="Header">Column names.</param>
/// <param name="Rows">Cells, invariant culture.</param>
public sealed record ResultTable(ImmutableArray<string> Header, ImmutableArray<ImmutableArray<string>> Rows)
{
    const string Subtoken = "subtoken";

    /// <summary>The table of <paramref name="results"/> (in grid order).</summary>
    public static ResultTable Of(IReadOnlyList<RunResult> results)
    {
        var units = results.SelectMany(r => r.Units.Select(u => u.Key)).Distinct().ToArray();
        string[] header = ["model", "variant", "seed", "parameters", "train_seconds",
                           .. units.SelectMany(u => new[] { $"{u}_micro_f1", $"{u}_macro_f1" }), $"{Subtoken}_weighted_f1", $"{Subtoken}_accuracy"];
        var rows = new List<ImmutableArray<string>>();
        foreach (var group in results.GroupBy(r => (r.Run.Model.Name, r.Run.Variant.Name)))
        {
            var values = group.Select(r => Values(r, units)).ToArray();
            foreach (var (result, row) in group.Zip(values))
                rows.Add(Row(group.Key, result.Run.Seed.ToString(CultureInfo.InvariantCulture), row));
            if (values.Length < 2) continue;
            var spreads = Enumerable.Range(0, values[0].Length).Select(c => Spread.Of([.. values.Select(v => v[c])])).ToArray();
            rows.Add(Row(group.Key, "mean", [.. spreads.Select(s => s.Mean)]));
            rows.Add(Row(group.Key, "std", [.. spreads.Select(s => s.StandardDeviation)]));
        }
        return new ResultTable([.. header], [.. rows]);
    }

    /// <summary>Comma-separated, one header line.</summary>
    public string ToCsv()
    {
        var text = new StringBuilder();
        foreach (var line in Rows.Prepend(Header)) text.Append(string.Join(',', line)).Append('\n');
        return text.ToString();
    }

    /// <summary>A Markdown table.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("| ").Append(string.Join(" | ", Header)).Append(" |\n");
        text.Append('|').Append(string.Concat(Header.Select(_ => "---|"))).Append('\n');
        foreach (var row in Rows) text.Append("| ").Append(string.Join(" | ", row)).Append(" |\n");
        return text.ToString();
    }

    static double[] Values(RunResult result, string[] units)
    {
        var subtoken = result[Subtoken];
        return [result.Parameters, result.TrainSeconds,
                .. units.SelectMany(u => result.Units.Any(x => x.Key == u) ? new[] { result[u].MicroF1, result[u].MacroF1 } : [double.NaN, double.NaN]),
                subtoken.WeightedF1, subtoken.Accuracy ?? double.NaN];
    }

    static ImmutableArray<string> Row((string Model, string Variant) key, string seed, double[] values) =>
        [key.Model, key.Variant, seed,
         values[0].ToString("F0", CultureInfo.InvariantCulture), values[1].ToString("F1", CultureInfo.InvariantCulture),
         .. values.Skip(2).Select(v => v.ToString("F4", CultureInfo.InvariantCulture))];
}
