using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ClinicalNer.Experiments.Grid;
using ClinicalNer.Metrics;
using ClinicalNer.Metrics.Seeds;
using ClinicalNer.Runtime;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Experiments;

/// <summary>
/// The results grid: one row per run (model, variant, seed, parameters, training seconds, micro and macro F1 at every
/// unit, sub-token weighted F1 and accuracy), followed, when there are several seeds, by each model and variant's mean
/// and standard deviation rows (<c>seed</c> = <c>mean</c>, <c>std</c>). Written as <c>results.csv</c> and as a Markdown
/// table, and read back from <c>results.csv</c> by <see cref="Read"/>. Values are held rounded as the file writes them
/// (parameters whole, seconds to 0.1, scores to 4 decimals), so that a table read back equals the table written.
/// </summary>
/// <param name="ScoreColumns">The names of the score columns, after the five leading ones.</param>
/// <param name="Rows">The rows, in file order.</param>
public sealed record ResultTable(ImmutableArray<string> ScoreColumns, ImmutableArray<ResultRow> Rows)
{
    const string Subtoken = "subtoken";

    /// <summary>The columns every results file starts with.</summary>
    public static ImmutableArray<string> LeadingColumns { get; } = ["model", "variant", "seed", "parameters", "train_seconds"];

    /// <summary>Every column name, in file order.</summary>
    public ImmutableArray<string> Header => [.. LeadingColumns, .. ScoreColumns];

    /// <summary>The table of <paramref name="results"/> (in grid order).</summary>
    public static ResultTable Of(IReadOnlyList<RunResult> results)
    {
        var units = results.SelectMany(r => r.Units).Distinct().ToArray();
        string[] columns = [.. units.SelectMany(u => new[] { $"{u}_micro_f1", $"{u}_macro_f1" }), $"{Subtoken}_weighted_f1", $"{Subtoken}_accuracy"];
        var rows = new List<ResultRow>();
        foreach (var group in results.GroupBy(r => (r.Run.Model.Name, r.Run.Variant.Name)))
        {
            var values = group.Select(r => Values(r, units)).ToArray();
            foreach (var (result, row) in group.Zip(values))
                rows.Add(Row(group.Key, result.Run.Seed.ToString(CultureInfo.InvariantCulture), row, columns));
            if (values.Length < 2) continue;
            var spreads = Enumerable.Range(0, values[0].Length).Select(c => Spread.Of([.. values.Select(v => v[c])])).ToArray();
            rows.Add(Row(group.Key, "mean", [.. spreads.Select(s => s.Mean)], columns));
            rows.Add(Row(group.Key, "std", [.. spreads.Select(s => s.StandardDeviation)], columns));
        }
        return new ResultTable([.. columns], [.. rows]);
    }

    /// <summary>Reads a <c>results.csv</c> that <see cref="ToCsv"/> wrote.</summary>
    /// <exception cref="InvalidDataException">The header does not start with <see cref="LeadingColumns"/>, or a number column holds text.</exception>
    public static ResultTable Read(string path)
    {
        var frame = CsvTable.Load(path, LeadingColumns);
        var scoreColumns = frame.Columns.Skip(LeadingColumns.Length).ToArray();
        if (frame.Columns.Skip(3).FirstOrDefault(c => c.DataType != typeof(double)) is { } text)
            throw new InvalidDataException($"{path}: column '{text.Name}' holds text where numbers belong");
        var rows = Enumerable.Range(0, (int)frame.Rows.Count).Select(i => new ResultRow(
            CsvTable.Text(frame["model"], i), CsvTable.Text(frame["variant"], i), CsvTable.Text(frame["seed"], i),
            (long)(double)frame["parameters"][i]!, (double)frame["train_seconds"][i]!,
            [.. scoreColumns.Select(c => KeyValuePair.Create(c.Name, (double)c[i]!))]));
        return new ResultTable([.. scoreColumns.Select(c => c.Name)], [.. rows]);
    }

    /// <summary>Comma-separated, one header line: parameters whole, seconds with one decimal, scores with four (invariant culture).</summary>
    public string ToCsv() => CsvTable.Format(Header, Rows.Select(Cells));

    /// <summary>A Markdown table of the same cells.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("| ").Append(string.Join(" | ", Header)).Append(" |\n");
        text.Append('|').Append(string.Concat(Header.Select(_ => "---|"))).Append('\n');
        foreach (var row in Rows) text.Append("| ").Append(string.Join(" | ", Cells(row))).Append(" |\n");
        return text.ToString();
    }

    static string[] Cells(ResultRow row) =>
        [row.Model, row.Variant, row.Seed, row.Parameters.ToString(CultureInfo.InvariantCulture), row.TrainSeconds.ToString("F1", CultureInfo.InvariantCulture),
         .. row.Scores.Select(s => s.Value.ToString("F4", CultureInfo.InvariantCulture))];

    static double[] Values(RunResult result, string[] units)
    {
        var subtoken = result[Subtoken];
        return [result.Parameters, result.TrainSeconds,
                .. units.SelectMany(u => result.Has(u) ? new[] { result[u].Micro.F1, result[u].Macro.F1 } : [double.NaN, double.NaN]),
                subtoken.Weighted.F1, subtoken.Accuracy ?? double.NaN];
    }

    static ResultRow Row((string Model, string Variant) key, string seed, double[] values, string[] columns) =>
        new(key.Model, key.Variant, seed, (long)Round(values[0], 0), Round(values[1], 1),
            [.. columns.Zip(values.Skip(2), (column, value) => KeyValuePair.Create(column, Round(value, 4)))]);

    /// <summary>Rounds half away from zero, as the fixed-point formats of <see cref="ToCsv"/> do.</summary>
    static double Round(double value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}

/// <summary>One row of <c>results.csv</c>.</summary>
/// <param name="Model">The grid model name (<c>transformer-crf</c>, ...).</param>
/// <param name="Variant"><c>full</c> or <c>sambd</c>.</param>
/// <param name="Seed">The seed, or <c>mean</c> or <c>std</c> for the rows over seeds.</param>
/// <param name="Parameters">Trainable parameters.</param>
/// <param name="TrainSeconds">Wall time of the epochs.</param>
/// <param name="Scores">The score columns by name, in file order (NaN where the run was not scored at a unit).</param>
public sealed record ResultRow(string Model, string Variant, string Seed, long Parameters, double TrainSeconds, ImmutableArray<KeyValuePair<string, double>> Scores)
{
    /// <summary>Whether this is one run's row, not the mean or std over seeds.</summary>
    public bool IsRun => long.TryParse(Seed, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    /// <summary>The run's folder name under <c>runs/</c> and <c>runs-summary/</c>.</summary>
    /// <exception cref="InvalidOperationException">A row over seeds (<c>mean</c>, <c>std</c>), which has no run.</exception>
    public string RunName() => IsRun ? ReproduceGrid.RunName(Model, Variant, long.Parse(Seed, CultureInfo.InvariantCulture))
        : throw new InvalidOperationException($"the '{Seed}' row of {Model} {Variant} is over seeds: it has no run folder");

    /// <summary>The score in column <paramref name="column"/> (<c>subtoken_macro_f1</c>, ...).</summary>
    /// <exception cref="KeyNotFoundException">No such score column.</exception>
    public double this[string column] =>
        Scores.FirstOrDefault(s => s.Key == column) is { Key: not null } score ? score.Value : throw new KeyNotFoundException($"no column '{column}'");
}
