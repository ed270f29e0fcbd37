using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;
using GenericChart = Plotly.NET.GenericChart;

namespace ClinicalNer.Charts.Plotly;

/// <summary>
/// Builds Plotly figures and returns them as figure JSON (<c>{"data": [...], "layout": {...}}</c>). Every signature
/// uses BCL types only, because the caller lives in another assembly load context with another FSharp.Core.
/// Arguments are trusted: the library validates them before it calls in.
/// </summary>
public static class ChartFigures
{
    /// <summary>Grouped vertical bars: one trace per series, one bar group per category.</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="categories">Category names on the x axis.</param>
    /// <param name="seriesNames">One name per series (legend entries).</param>
    /// <param name="values"><c>values[s][c]</c> is the height of series <c>s</c> at category <c>c</c>.</param>
    /// <param name="xTitle">X-axis title.</param>
    /// <param name="yTitle">Y-axis title.</param>
    public static string Bars(string title, string[] categories, string[] seriesNames, double[][] values, string xTitle, string yTitle)
    {
        var traces = new GenericChart[seriesNames.Length];
        for (var s = 0; s < traces.Length; s++)
            traces[s] = Chart.Column<double, string, string>(values[s], Keys: categories, Name: seriesNames[s], ShowLegend: true);
        return Finish(Chart.Combine(traces), title, xTitle, yTitle, traces.Length);
    }

    /// <summary>A heatmap of <paramref name="z"/> whose first row is drawn at the top, optionally with a text in each cell.</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="z"><c>z[row][column]</c>.</param>
    /// <param name="xLabels">Column labels.</param>
    /// <param name="yLabels">Row labels.</param>
    /// <param name="xTitle">X-axis title.</param>
    /// <param name="yTitle">Y-axis title.</param>
    /// <param name="cellText">Text written in each cell (same shape as <paramref name="z"/>), or null for none.</param>
    public static string Heatmap(string title, double[][] z, string[] xLabels, string[] yLabels, string xTitle, string yTitle, string[][]? cellText)
    {
        var chart = cellText is null
            ? Chart.Heatmap<double, string, string, string>(z, X: xLabels, Y: yLabels, ReverseYAxis: true)
            : Chart.AnnotatedHeatmap<double, string, string, string>(z, cellText, X: xLabels, Y: yLabels, ReverseYAxis: true);
        return Finish(chart, title, xTitle, yTitle);
    }

    /// <summary>Several line series, each with its own x values, drawn with markers.</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="seriesNames">One name per series.</param>
    /// <param name="xs"><c>xs[s]</c> are the x values of series <c>s</c>.</param>
    /// <param name="ys"><c>ys[s]</c> are the y values of series <c>s</c>, as many as <c>xs[s]</c>.</param>
    /// <param name="xTitle">X-axis title.</param>
    /// <param name="yTitle">Y-axis title.</param>
    public static string Lines(string title, string[] seriesNames, double[][] xs, double[][] ys, string xTitle, string yTitle)
    {
        var traces = new GenericChart[seriesNames.Length];
        for (var s = 0; s < traces.Length; s++)
            traces[s] = Chart.Line<double, double, string>(xs[s], ys[s], ShowMarkers: true, Name: seriesNames[s], ShowLegend: true);
        return Finish(Chart.Combine(traces), title, xTitle, yTitle, traces.Length);
    }

    /// <summary>Scatter series of points, optionally labelled on the plot and with their own hover text.</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="seriesNames">One name per series.</param>
    /// <param name="xs"><c>xs[s]</c> are the x values of series <c>s</c>.</param>
    /// <param name="ys"><c>ys[s]</c> are the y values of series <c>s</c>.</param>
    /// <param name="labels"><c>labels[s][i]</c> is written beside point <c>i</c> of series <c>s</c>; null for no labels.</param>
    /// <param name="hoverTexts"><c>hoverTexts[s][i]</c> is shown when hovering point <c>i</c>; null for Plotly's default.</param>
    /// <param name="xTitle">X-axis title.</param>
    /// <param name="yTitle">Y-axis title.</param>
    /// <param name="logX">A logarithmic x axis, for values that span decades (parameters, seconds).</param>
    public static string Scatter(string title, string[] seriesNames, double[][] xs, double[][] ys, string[][]? labels, string[][]? hoverTexts,
                                 string xTitle, string yTitle, bool logX)
    {
        var sides = labels is null ? null : LabelSides(xs, ys, labels, logX);
        var traces = new GenericChart[seriesNames.Length];
        for (var s = 0; s < traces.Length; s++)
        {
            var trace = labels is null
                ? Chart.Point<double, double, string>(xs[s], ys[s], Name: seriesNames[s], ShowLegend: true)
                // Labels of points at the plot's edge would be cut off at the axes.
                : WithTraceProperty(WithTraceProperty(Chart.Scatter<double, double, string>(xs[s], ys[s], StyleParam.Mode.Markers_Text, Name: seriesNames[s],
                                                                                            ShowLegend: true, MultiText: labels[s]),
                                                      "textposition", sides![s]),
                                    "cliponaxis", false);
            traces[s] = hoverTexts is null ? trace : WithTraceProperty(WithTraceProperty(trace, "hovertext", hoverTexts[s]), "hoverinfo", "text");
        }
        return Finish(Chart.Combine(traces), title, xTitle, yTitle, traces.Length, logX);
    }

    /// <summary>
    /// Where each point's label goes: right of the point (left in the rightmost fifth of the x range, where the text
    /// would run off the plot), or on the other side where the text there would cover a label already placed or
    /// another point. A label is taken as a box of 8 px per character by 16 px on a plot of about 550 x 300 px, in
    /// the axis's own scale. Points are placed from the top down.
    /// </summary>
    static string[][] LabelSides(double[][] xs, double[][] ys, string[][] labels, bool logX)
    {
        double X(double x) => logX ? Math.Log10(Math.Max(x, double.Epsilon)) : x;
        var points = xs.SelectMany((series, s) => series.Select((x, i) => (Series: s, Index: i, X: X(x), Y: ys[s][i], Length: labels[s][i].Length)))
                       .Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y)).OrderByDescending(p => p.Y).ToArray();
        var sides = xs.Select(series => Enumerable.Repeat("middle right", series.Length).ToArray()).ToArray();
        if (points.Length == 0) return sides;
        double xMin = points.Min(p => p.X), yMin = points.Min(p => p.Y);
        double xSpan = Math.Max(points.Max(p => p.X) - xMin, 1e-12), ySpan = Math.Max(points.Max(p => p.Y) - yMin, 1e-12);
        double perCharacter = xSpan * 8 / 550, halfHeight = ySpan * 8 / 300;
        (double Left, double Right, double Bottom, double Top) Box(double x, double y, int length, bool left) =>
            left ? (x - length * perCharacter, x, y - halfHeight, y + halfHeight) : (x, x + length * perCharacter, y - halfHeight, y + halfHeight);
        var placed = new List<(double Left, double Right, double Bottom, double Top)>();
        bool Clear((double Left, double Right, double Bottom, double Top) box, int self) =>
            !placed.Any(b => box.Left < b.Right && b.Left < box.Right && box.Bottom < b.Top && b.Bottom < box.Top)
            && !points.Where((_, k) => k != self).Any(q => q.X > box.Left && q.X < box.Right && q.Y > box.Bottom && q.Y < box.Top);
        for (int k = 0; k < points.Length; k++)
        {
            var p = points[k];
            bool left = p.X - xMin > 0.8 * xSpan;
            if (!Clear(Box(p.X, p.Y, p.Length, left), k) && Clear(Box(p.X, p.Y, p.Length, !left), k)) left = !left;
            placed.Add(Box(p.X, p.Y, p.Length, left));
            sides[p.Series][p.Index] = left ? "middle left" : "middle right";
        }
        return sides;
    }

    /// <summary>Sets a plotly.js trace attribute that Plotly.NET's C# API does not expose.</summary>
    static GenericChart WithTraceProperty(GenericChart chart, string name, object value) =>
        GenericChart.mapTrace(Fn.Of<Trace, Trace>(trace =>
        {
            trace.SetProperty(name, value);
            return trace;
        }), chart);

    /// <summary>Height of every figure; the width follows the page or notebook (Plotly.NET would fix 600 x 600).</summary>
    const int Height = 480;

    /// <summary>Titles, size, the x axis's scale, and a legend only where there are series to tell apart.</summary>
    static string Finish(GenericChart chart, string title, string xTitle, string yTitle, int series = 1, bool logX = false)
    {
        var styled = chart
            .WithXAxisStyle<double, double, string>(TitleText: xTitle, AxisType: logX ? StyleParam.AxisType.Log : StyleParam.AxisType.Auto)
            .WithYAxisStyle<double, double, string>(TitleText: yTitle);
        var titled = global::Plotly.NET.Chart.withTitle(title, null).Invoke(styled);
        var sized = GenericChart.mapLayout(Fn.Of<Layout, Layout>(layout =>
        {
            layout.RemoveProperty("width");
            layout.SetProperty("height", Height);
            // A single series's legend would only repeat the title.
            layout.SetProperty("showlegend", series > 1);
            return layout;
        }), titled);
        return GenericChart.toFigureJson(sized);
    }
}
