using System.Collections.Immutable;
using System.Globalization;
using ClinicalNer.Runtime;

namespace ClinicalNer.Experiments.Paper;

/// <summary>
/// Reads the CSV files of <c>results/paper</c> through <see cref="CsvTable.LoadText"/>: a header row that must name
/// exactly the expected columns, then one record per line. Every bad cell is reported with its file and line.
/// </summary>
static class PaperCsv
{
    /// <summary>The rows of <paramref name="path"/>, each turned into a record by <paramref name="make"/>.</summary>
    /// <exception cref="InvalidDataException">The header differs from <paramref name="columns"/>, a row does not fit it, or a cell does not parse.</exception>
    public static ImmutableArray<T> Read<T>(string path, string[] columns, Func<Row, T> make)
    {
        var frame = CsvTable.LoadText(path, columns);
        return [.. Enumerable.Range(0, (int)frame.Rows.Count).Select(i => make(new Row(path, i + 2, columns, [.. frame.Columns.Select(c => CsvTable.Text(c, i))])))];
    }

    /// <summary>One data line, read by column name.</summary>
    public readonly struct Row(string path, int line, string[] columns, string[] fields)
    {
        /// <summary>The cell as text.</summary>
        public string Text(string column) => fields[Index(column)];

        /// <summary>The cell as a floating-point number (invariant culture, exponent allowed).</summary>
        public double Number(string column) =>
            double.TryParse(Text(column), NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                ? value
                : throw Bad(column, "a number");

        /// <summary>The cell as a whole number.</summary>
        public long Integer(string column) =>
            long.TryParse(Text(column), NumberStyles.Integer, CultureInfo.InvariantCulture, out long value)
                ? value
                : throw Bad(column, "a whole number");

        /// <summary>The cell as <c>true</c> or <c>false</c>.</summary>
        public bool Boolean(string column) => Text(column) switch
        {
            "true" => true,
            "false" => false,
            _ => throw Bad(column, "true or false"),
        };

        int Index(string column)
        {
            int index = Array.IndexOf(columns, column);
            return index >= 0 ? index : throw new ArgumentException($"no column '{column}' in {path}", nameof(column));
        }

        InvalidDataException Bad(string column, string expected) =>
            new($"{path}:{line}: column '{column}' holds '{Text(column)}', expected {expected}");
    }
}
