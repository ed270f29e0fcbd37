using System.Globalization;

namespace ClinicalNer.Charts;

/// <summary>
/// The workbench's charts (grouped bars, heatmap, lines, scatter) from plain arrays, built by Plotly.NET in its own load
/// context. (Named <c>Plot</c> rather than <c>Charts</c> so that code inside <c>ClinicalNer.*</c> namespaces does not
/// resolve the name to this namespace.)
/// </summary>
public static class Plot
{
    /// <summary>Grouped vertical bars: one colour per series, one group per category.</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="categories">Category names on the x axis.</param>
    /// <param name="seriesNames">One name per series (the legend).</param>
    /// <param name="values"><c>values[s][c]</c>: height of series <c>s</c> at category <c>c</c>.</param>
    /// <param name="xTitle">X-axis title.</param>
    /// <param name="yTitle">Y-axis title.</param>
    /// <exception cref="ArgumentException">The arrays' lengths disagree.</exception>
    public static PlotlyChart Bars(string title, string[] categories, string[] seriesNames, double[][] values, string xTitle = "", string yTitle = "")
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(seriesNames);
        ArgumentNullException.ThrowIfNull(values);
        Shape.SameCount(values, nameof(values), seriesNames.Length, "series names");
        for (var s = 0; s < values.Length; s++) Shape.SameCount(values[s], $"{nameof(values)}[{s}]", categories.Length, "categories");
        return new(PlotlyPlugin.Instance.Bars(title, categories, seriesNames, values, xTitle, yTitle), title);
    }

    /// <summary>Bars of one series.</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="categories">Category names on the x axis.</param>
    /// <param name="values">One height per category.</param>
    /// <param name="xTitle">X-axis title.</param>
    /// <param name="yTitle">Y-axis title.</param>
    public static PlotlyChart Bars(string title, string[] categories, double[] values, string xTitle = "", string yTitle = "") =>
        Bars(title, categories, [title], [values], xTitle, yTitle);

    /// <summary>A heatmap with its first row at the top (as a confusion matrix or a transition matrix reads).</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="z"><c>z[row][column]</c>; NaN leaves a cell empty.</param>
    /// <param name="xLabels">Column labels.</param>
    /// <param name="yLabels">Row labels.</param>
    /// <param name="xTitle">X-axis title.</param>
    /// <param name="yTitle">Y-axis title.</param>
    /// <param name="cellFormat">A .NET number format (for example "0" for counts, "0.00" for scores) to write each value in its cell; null writes none.</param>
    /// <exception cref="ArgumentException">The arrays' lengths disagree.</exception>
    public static PlotlyChart Heatmap(string title, double[][] z, string[] xLabels, string[] yLabels, string xTitle = "", string yTitle = "", string? cellFormat = null)
    {
        ArgumentNullException.ThrowIfNull(z);
        ArgumentNullException.ThrowIfNull(xLabels);
        ArgumentNullException.ThrowIfNull(yLabels);
        Shape.SameCount(z, nameof(z), yLabels.Length, "row labels");
        for (var r = 0; r < z.Length; r++) Shape.SameCount(z[r], $"{nameof(z)}[{r}]", xLabels.Length, "column labels");
        var cellText = cellFormat is null
            ? null
            : Array.ConvertAll(z, row => Array.ConvertAll(row, v => double.IsNaN(v) ? "" : v.ToString(cellFormat, CultureInfo.InvariantCulture)));
        return new(PlotlyPlugin.Instance.Heatmap(title, z, xLabels, yLabels, xTitle, yTitle, cellText), title);
    }

    /// <summary>Line series with markers, each with its own x values (learning curves, cost curves).</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="seriesNames">One name per series.</param>
    /// <param name="xs"><c>xs[s]</c>: x values of series <c>s</c>.</param>
    /// <param name="ys"><c>ys[s]</c>: y values of series <c>s</c>, one per x value.</param>
    /// <param name="xTitle">X-axis title.</param>
    /// <param name="yTitle">Y-axis title.</param>
    /// <exception cref="ArgumentException">The arrays' lengths disagree.</exception>
    public static PlotlyChart Lines(string title, string[] seriesNames, double[][] xs, double[][] ys, string xTitle = "", string yTitle = "")
    {
        Shape.Series(seriesNames, xs, ys);
        return new(PlotlyPlugin.Instance.Lines(title, seriesNames, xs, ys, xTitle, yTitle), title);
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
