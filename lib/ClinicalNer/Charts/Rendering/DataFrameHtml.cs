using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Data.Analysis;

namespace ClinicalNer.Charts.Rendering;

/// <summary>
/// A <see cref="DataFrame"/> as an HTML table, for notebooks (the package's own formatter loads only through
/// <c>#r "nuget: ..."</c>). Numbers are right-aligned and written with the invariant culture.
/// </summary>
public static class DataFrameHtml
{
    /// <summary>Rows shown when the caller does not say.</summary>
    public const int DefaultMaxRows = 100;

    /// <summary>The table: column names as headers, at most <paramref name="maxRows"/> rows, then a line saying how many were left out.</summary>
    /// <param name="frame">The data frame.</param>
    /// <param name="maxRows">Most rows to write (0 or more).</param>
    public static string ToHtml(DataFrame frame, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        var columns = frame.Columns;
        var numeric = new bool[columns.Count];
        for (var c = 0; c < columns.Count; c++) numeric[c] = IsNumeric(columns[c].DataType);
        var html = new StringBuilder("<table class=\"clinical-ner-table\">\n<thead><tr>");
        for (var c = 0; c < columns.Count; c++)
            html.Append(numeric[c] ? "<th style=\"text-align:right\">" : "<th style=\"text-align:left\">").Append(WebUtility.HtmlEncode(columns[c].Name)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        var shown = Math.Min(frame.Rows.Count, maxRows);
        for (long r = 0; r < shown; r++)
        {
            html.Append("<tr>");
            for (var c = 0; c < columns.Count; c++)
                html.Append(numeric[c] ? "<td style=\"text-align:right\">" : "<td style=\"text-align:left\">").Append(WebUtility.HtmlEncode(Cell(columns[c][r]))).Append("</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        if (frame.Rows.Count > shown)
            html.Append("<p>").Append(frame.Rows.Count - shown).Append(" more rows (").Append(frame.Rows.Count).Append(" in all)</p>\n");
        return html.ToString();
    }

    static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString("G6", CultureInfo.InvariantCulture),
        float f => f.ToString("G6", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    static bool IsNumeric(Type type) =>
        type == typeof(double) || type == typeof(float) || type == typeof(decimal) || type == typeof(int) || type == typeof(long)
        || type == typeof(short) || type == typeof(byte) || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte);
}
