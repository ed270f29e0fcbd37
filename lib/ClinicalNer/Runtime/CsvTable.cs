using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;

namespace ClinicalNer.Runtime;

/// <summary>
/// The workbench's CSV files, written and read through Microsoft.Data.Analysis rather than by hand: comma-separated,
/// one header line, <c>\n</c> line ends, UTF-8 without a byte-order mark. Writers format every cell themselves
/// (invariant culture, their own decimals), because a frame's own number formatting would change the documented shape.
/// </summary>
public static class CsvTable
{
    /// <summary>The CSV text of <paramref name="rows"/> under <paramref name="header"/>, each cell written as given.</summary>
    /// <exception cref="ArgumentException">A row has another number of cells than the header.</exception>
    public static string Format(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var cells = rows.ToArray();
        if (cells.FirstOrDefault(r => r.Count != header.Count) is { } bad)
            throw new ArgumentException($"a row of {bad.Count} cells under a header of {header.Count}", nameof(rows));
        var frame = new DataFrame(header.Select((name, c) => new StringDataFrameColumn(name, cells.Select(r => r[c]))));
        using var stream = new MemoryStream();
        DataFrame.SaveCsv(frame, stream, encoding: new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cultureInfo: CultureInfo.InvariantCulture);
        return Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n");
    }

    /// <summary>
    /// The CSV file at <paramref name="path"/> as a frame: a column whose every cell is a number (invariant culture) is a
    /// <see cref="DoubleDataFrameColumn"/>, any other a <see cref="StringDataFrameColumn"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">The header does not start with <paramref name="leading"/>, or a row does not fit it.</exception>
    public static DataFrame Load(string path, IReadOnlyList<string> leading)
    {
        var frame = Frame(path, ColumnType);
        if (!frame.Columns.Select(c => c.Name).Take(leading.Count).SequenceEqual(leading))
            throw new InvalidDataException($"{path}:1: header must start with '{string.Join(',', leading)}'");
        return frame;
    }

    /// <summary>
    /// The CSV file at <paramref name="path"/> as a frame whose numbers keep their exact values: a column whose every
    /// cell is a whole number is an <see cref="Int64DataFrameColumn"/> (a parameter count stays 108325282, where a float
    /// column, Microsoft.Data.Analysis's own guess, shows 1.08E+08), any other as in <see cref="Load"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">A row does not fit the header.</exception>
    public static DataFrame LoadExact(string path) => Frame(path, cells =>
        cells.All(c => long.TryParse(c, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)) ? typeof(long) : ColumnType(cells));

    /// <summary>The CSV file at <paramref name="path"/> as a frame of text columns, exactly <paramref name="columns"/>.</summary>
    /// <exception cref="InvalidDataException">The header is not <paramref name="columns"/>, or a row does not fit it.</exception>
    public static DataFrame LoadText(string path, IReadOnlyList<string> columns)
    {
        var frame = Frame(path, _ => typeof(string));
        if (!frame.Columns.Select(c => c.Name).SequenceEqual(columns))
            throw new InvalidDataException($"{path}:1: header must be '{string.Join(',', columns)}'");
        return frame;
    }

    static DataFrame Frame(string path, Func<IEnumerable<string>, Type> columnType)
    {
        using var stream = InputFile.OpenRead(path);
        try
        {
            return DataFrame.LoadCsv(stream, guessRows: int.MaxValue, cultureInfo: CultureInfo.InvariantCulture, guessTypeFunction: columnType);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException)
        {
            throw new InvalidDataException($"{path}: not a CSV table of this workbench ({e.Message})", e);
        }
    }

    /// <summary>The text of <paramref name="column"/>'s cell in row <paramref name="row"/>, numbers in invariant culture.</summary>
    public static string Text(DataFrameColumn column, long row) => Convert.ToString(column[row], CultureInfo.InvariantCulture) ?? "";

    static Type ColumnType(IEnumerable<string> cells) =>
        cells.All(c => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) ? typeof(double) : typeof(string);
}
