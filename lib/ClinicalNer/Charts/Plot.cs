using System.Globalization;
using ClinicalNer.Charts.Rendering;

namespace ClinicalNer.Charts;

/// <summary>
/// The workbench's charts (grouped bars, heatmap, lines, scatter) from plain arrays, built by Plotly.NET in its own load
/// context. (Named <c>Plot</c> rather than <c>Charts</c> so that code inside <c>ClinicalNer.*</c> namespaces does not
/// resolve the name to this namespace.)
/// </summary>
public static class Plot
{
    /// <summary>Grouped vertical bars: one colour per series, one group per category, optionally with error bars.</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="categories">Category names on the x axis.</param>
    /// <param name="seriesNames">One name per series (the legend).</param>
    /// <param name="values"><c>values[s][c]</c>: height of series <c>s</c> at category <c>c</c>.</param>
    /// <param name="xTitle">X-axis title.</param>
    /// <param name="yTitle">Y-axis title.</param>
    /// <param name="errors"><c>errors[s][c]</c>: length of the error bar above and below that bar (a standard deviation
    /// over seeds, the half-width of an interval); with <paramref name="errorsBelow"/>, the length above only. Null for none.</param>
    /// <param name="errorsBelow">Lengths of the error bars below the bars, for intervals that are not symmetric (a
    /// bootstrap interval); null for symmetric bars.</param>
    /// <exception cref="ArgumentException">The arrays' lengths disagree.</exception>
    public static PlotlyChart Bars(string title, string[] categories, string[] seriesNames, double[][] values, string xTitle = "", string yTitle = "",
                                   double[][]? errors = null, double[][]? errorsBelow = null)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(seriesNames);
        ArgumentNullException.ThrowIfNull(values);
        Shape.SameCount(values, nameof(values), seriesNames.Length, "series names");
        for (var s = 0; s < values.Length; s++) Shape.SameCount(values[s], $"{nameof(values)}[{s}]", categories.Length, "categories");
        Shape.Errors(errors, errorsBelow, values);
        return new(PlotlyPlugin.Instance.Bars(title, categories, seriesNames, values, errors, errorsBelow, xTitle, yTitle), title);
    }

    /// <summary>Bars of one series.</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="categories">Category names on the x axis.</param>
    /// <param name="values">One height per category.</param>
    /// <param name="xTitle">X-axis title.</param>
    /// <param name="yTitle">Y-axis title.</param>
    /// <param name="errors">Length of each bar's error bar, above and below (above only with <paramref name="errorsBelow"/>); null for none.</param>
    /// <param name="errorsBelow">Length of each bar's error bar below; null for symmetric bars.</param>
    public static PlotlyChart Bars(string title, string[] categories, double[] values, string xTitle = "", string yTitle = "",
                                   double[]? errors = null, double[]? errorsBelow = null) =>
        Bars(title, categories, [title], [values], xTitle, yTitle, errors is null ? null : [errors], errorsBelow is null ? null : [errorsBelow]);

    /// <summary>
    /// A heatmap with its first row at the top (as a confusion matrix or a transition matrix reads), a tick label for
    /// every row and column, and a height that grows with the rows so that none is skipped. The colours run from dark
    /// purple (least) to yellow (greatest); cell text is white on dark cells and black on light ones.
    /// </summary>
    /// <param name="title">Chart title.</param>
    /// <param name="z"><c>z[row][column]</c>; NaN leaves a cell empty.</param>
    /// <param name="xLabels">Column labels.</param>
    /// <param name="yLabels">Row labels.</param>
    /// <param name="xTitle">X-axis title.</param>
    /// <param name="yTitle">Y-axis title.</param>
    /// <param name="cellFormat">A .NET number format (for example "0" for counts, "0.00" for scores) to write each value in its cell; null writes none.
    /// Ignored beyond <see cref="MaxCellTextColumns"/> columns, where the numbers would overlap.</param>
    /// <exception cref="ArgumentException">The arrays' lengths disagree.</exception>
    public static PlotlyChart Heatmap(string title, double[][] z, string[] xLabels, string[] yLabels, string xTitle = "", string yTitle = "", string? cellFormat = null)
    {
        ArgumentNullException.ThrowIfNull(z);
        ArgumentNullException.ThrowIfNull(xLabels);
        ArgumentNullException.ThrowIfNull(yLabels);
        Shape.SameCount(z, nameof(z), yLabels.Length, "row labels");
        for (var r = 0; r < z.Length; r++) Shape.SameCount(z[r], $"{nameof(z)}[{r}]", xLabels.Length, "column labels");
        var (min, max) = HeatmapScale.Range(z);
        // Beyond MaxCellTextColumns the chart's width leaves a cell too narrow for its number: hover shows it instead.
        if (xLabels.Length > MaxCellTextColumns) cellFormat = null;
        var cellText = cellFormat is null
            ? null
            : Array.ConvertAll(z, row => Array.ConvertAll(row, v => double.IsNaN(v) ? "" : v.ToString(cellFormat, CultureInfo.InvariantCulture)));
        var textColours = cellFormat is null ? null : Array.ConvertAll(z, row => Array.ConvertAll(row, v => HeatmapScale.TextColour(v, min, max)));
        return new(PlotlyPlugin.Instance.Heatmap(title, z, xLabels, yLabels, xTitle, yTitle, cellText, textColours,
                                                 [.. HeatmapScale.Stops], min, max, HeatmapHeight(yLabels.Length)), title);
    }

    /// <summary>
    /// A square label-by-label heatmap (a confusion matrix, CRF transitions) with rows and columns in reading order: O
    /// first, then each entity type with B-X beside I-X (ordinal by type), then any other label.
    /// </summary>
    /// <param name="title">Chart title.</param>
    /// <param name="z"><c>z[row][column]</c> with rows and columns both in the order of <paramref name="labels"/>; NaN leaves a cell empty.</param>
    /// <param name="labels">The labels of the rows, and of the columns.</param>
    /// <param name="xTitle">X-axis title.</param>
    /// <param name="yTitle">Y-axis title.</param>
    /// <param name="cellFormat">A .NET number format to write each value in its cell; null writes none.</param>
    /// <exception cref="ArgumentException">The matrix is not square over the labels.</exception>
    public static PlotlyChart LabelHeatmap(string title, double[][] z, string[] labels, string xTitle = "", string yTitle = "", string? cellFormat = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        Shape.SameCount(z, nameof(z), labels.Length, "labels");
        for (var r = 0; r < z.Length; r++) Shape.SameCount(z[r], $"{nameof(z)}[{r}]", labels.Length, "labels");
        var order = LabelOrder.ByType(labels);
        var ordered = Array.ConvertAll(order, i => labels[i]);
        return Heatmap(title, Array.ConvertAll(order, r => Array.ConvertAll(order, c => z[r][c])), ordered, ordered, xTitle, yTitle, cellFormat);
    }

    /// <summary>
    /// A heatmap of one score per row (a model) and label (a column), with the label columns in reading order as
    /// <see cref="LabelHeatmap(string, double[][], string[], string, string, string?)"/> orders them.
    /// </summary>
    /// <param name="title">Chart title.</param>
    /// <param name="z"><c>z[row][label]</c>, labels in the order of <paramref name="labels"/>; NaN leaves a cell empty.</param>
    /// <param name="labels">The column labels.</param>
    /// <param name="rows">The row labels.</param>
    /// <param name="xTitle">X-axis title.</param>
    /// <param name="yTitle">Y-axis title.</param>
    /// <param name="cellFormat">A .NET number format to write each value in its cell; null writes none.</param>
    /// <exception cref="ArgumentException">The arrays' lengths disagree.</exception>
    public static PlotlyChart LabelHeatmap(string title, double[][] z, string[] labels, string[] rows, string xTitle = "", string yTitle = "", string? cellFormat = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        Shape.SameCount(z, nameof(z), rows.Length, "row labels");
        for (var r = 0; r < z.Length; r++) Shape.SameCount(z[r], $"{nameof(z)}[{r}]", labels.Length, "labels");
        var order = LabelOrder.ByType(labels);
        return Heatmap(title, Array.ConvertAll(z, row => Array.ConvertAll(order, c => row[c])), Array.ConvertAll(order, i => labels[i]), rows,
                       xTitle, yTitle, cellFormat);
    }

    /// <summary>The most columns whose cells a heatmap writes its numbers in (19 BIO labels of n2c2 fit; 33 of BioNLP13CG do not).</summary>
    public const int MaxCellTextColumns = 20;

    /// <summary>The height of a heatmap of <paramref name="rows"/> rows: room for the title and the x labels, and 26 px per
    /// row (a line of cell text with space around it), never below the other charts' height.</summary>
    static int HeatmapHeight(int rows) => Math.Max(480, 220 + 26 * rows);

    /// <summary>Line series with markers, each with its own x values (learning curves, cost curves), optionally with error bars.</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="seriesNames">One name per series.</param>
    /// <param name="xs"><c>xs[s]</c>: x values of series <c>s</c>.</param>
    /// <param name="ys"><c>ys[s]</c>: y values of series <c>s</c>, one per x value.</param>
    /// <param name="xTitle">X-axis title.</param>
    /// <param name="yTitle">Y-axis title.</param>
    /// <param name="errors"><c>errors[s][i]</c>: length of the error bar above and below point <c>i</c> of series <c>s</c>
    /// (a standard deviation over seeds); with <paramref name="errorsBelow"/>, the length above only. Null for none.</param>
    /// <param name="errorsBelow">Lengths of the error bars below the points; null for symmetric bars.</param>
    /// <exception cref="ArgumentException">The arrays' lengths disagree.</exception>
    public static PlotlyChart Lines(string title, string[] seriesNames, double[][] xs, double[][] ys, string xTitle = "", string yTitle = "",
                                    double[][]? errors = null, double[][]? errorsBelow = null)
    {
        Shape.Series(seriesNames, xs, ys);
        Shape.Errors(errors, errorsBelow, ys);
        return new(PlotlyPlugin.Instance.Lines(title, seriesNames, xs, ys, errors, errorsBelow, xTitle, yTitle), title);
    }

    /// <summary>Scatter series, each point optionally labelled on the plot and given its own hover text.</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="seriesNames">One name per series (for example CRF and softmax heads).</param>
    /// <param name="xs"><c>xs[s]</c>: x values of series <c>s</c>.</param>
    /// <param name="ys"><c>ys[s]</c>: y values of series <c>s</c>.</param>
    /// <param name="labels"><c>labels[s][i]</c>: text beside point <c>i</c> of series <c>s</c> (a model name); null for none.</param>
    /// <param name="hoverTexts"><c>hoverTexts[s][i]</c>: text when hovering that point; null for the coordinates.</param>
    /// <param name="xTitle">X-axis title.</param>
    /// <param name="yTitle">Y-axis title.</param>
    /// <param name="logX">A logarithmic x axis, for values that span decades (parameters, seconds).</param>
    /// <exception cref="ArgumentException">The arrays' lengths disagree.</exception>
    public static PlotlyChart Scatter(string title, string[] seriesNames, double[][] xs, double[][] ys, string[][]? labels = null,
                                      string[][]? hoverTexts = null, string xTitle = "", string yTitle = "", bool logX = false)
    {
        Shape.Series(seriesNames, xs, ys);
        Shape.PerPoint(labels, nameof(labels), xs);
        Shape.PerPoint(hoverTexts, nameof(hoverTexts), xs);
        return new(PlotlyPlugin.Instance.Scatter(title, seriesNames, xs, ys, labels, hoverTexts, xTitle, yTitle, logX), title);
    }

    /// <summary>Scatter of one series.</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="x">X values.</param>
    /// <param name="y">Y values, one per x value.</param>
    /// <param name="labels">Text beside each point; null for none.</param>
    /// <param name="hoverTexts">Text when hovering each point; null for the coordinates.</param>
    /// <param name="xTitle">X-axis title.</param>
    /// <param name="yTitle">Y-axis title.</param>
    /// <param name="logX">A logarithmic x axis.</param>
    public static PlotlyChart Scatter(string title, double[] x, double[] y, string[]? labels = null, string[]? hoverTexts = null,
                                      string xTitle = "", string yTitle = "", bool logX = false) =>
        Scatter(title, [title], [x], [y], labels is null ? null : [labels], hoverTexts is null ? null : [hoverTexts], xTitle, yTitle, logX);
}
