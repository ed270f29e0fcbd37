using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
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
    /// <summary>Grouped vertical bars: one trace per series, one bar group per category, optionally with error bars.</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="categories">Category names on the x axis.</param>
    /// <param name="seriesNames">One name per series (legend entries).</param>
    /// <param name="values"><c>values[s][c]</c> is the height of series <c>s</c> at category <c>c</c>.</param>
    /// <param name="errors"><c>errors[s][c]</c> is the length of the error bar above that bar (and below it too when
    /// <paramref name="errorsBelow"/> is null); null for none.</param>
    /// <param name="errorsBelow">Lengths of the error bars below, same shape; null for symmetric bars.</param>
    /// <param name="xTitle">X-axis title.</param>
    /// <param name="yTitle">Y-axis title.</param>
    public static string Bars(string title, string[] categories, string[] seriesNames, double[][] values, double[][]? errors, double[][]? errorsBelow,
                              string xTitle, string yTitle)
    {
        var traces = new GenericChart[seriesNames.Length];
        for (var s = 0; s < traces.Length; s++)
            traces[s] = WithErrors(Chart.Column<double, string, string>(values[s], Keys: categories, Name: seriesNames[s], ShowLegend: true),
                                   errors?[s], errorsBelow?[s]);
        return Finish(Chart.Combine(traces), title, xTitle, yTitle, traces.Length);
    }

    /// <summary>
    /// A heatmap of <paramref name="z"/> whose first row is drawn at the top, on a colour scale fixed from
    /// <paramref name="zMin"/> to <paramref name="zMax"/>, with a tick for every row and column, optionally with a text in
    /// each cell in its own colour.
    /// </summary>
    /// <param name="title">Chart title.</param>
    /// <param name="z"><c>z[row][column]</c>.</param>
    /// <param name="xLabels">Column labels.</param>
    /// <param name="yLabels">Row labels.</param>
    /// <param name="xTitle">X-axis title.</param>
    /// <param name="yTitle">Y-axis title.</param>
    /// <param name="cellText">Text written in each cell (same shape as <paramref name="z"/>), or null for none.</param>
    /// <param name="cellTextColours">The CSS colour of each cell's text (same shape), or null with <paramref name="cellText"/>.</param>
    /// <param name="colourScale">The colour scale's stops: position from 0 (<paramref name="zMin"/>) to 1 (<paramref name="zMax"/>) and CSS colour.</param>
    /// <param name="zMin">The value drawn in the scale's first colour.</param>
    /// <param name="zMax">The value drawn in the scale's last colour.</param>
    /// <param name="height">Figure height in pixels.</param>
    public static string Heatmap(string title, double[][] z, string[] xLabels, string[] yLabels, string xTitle, string yTitle, string[][]? cellText,
                                 string[][]? cellTextColours, (double Position, string Colour)[] colourScale, double zMin, double zMax, int height)
    {
        var scale = StyleParam.Colorscale.NewCustom(colourScale.Select(stop => Tuple.Create(stop.Position, Color.fromString(stop.Colour))));
        var chart = cellText is null
            ? Chart.Heatmap<double, string, string, string>(z, X: xLabels, Y: yLabels, ColorScale: scale, ReverseYAxis: true)
            : ColourCellText(Chart.AnnotatedHeatmap<double, string, string, string>(z, cellText, X: xLabels, Y: yLabels, ColorScale: scale, ReverseYAxis: true),
                             cellTextColours!);
        var fixedScale = WithTraceProperty(WithTraceProperty(chart, "zmin", zMin), "zmax", zMax);
        return Finish(fixedScale, title, xTitle, yTitle, height: height, everyCategory: true);
    }

    /// <summary>Several line series, each with its own x values, drawn with markers, optionally with error bars.</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="seriesNames">One name per series.</param>
    /// <param name="xs"><c>xs[s]</c> are the x values of series <c>s</c>.</param>
    /// <param name="ys"><c>ys[s]</c> are the y values of series <c>s</c>, as many as <c>xs[s]</c>.</param>
    /// <param name="errors"><c>errors[s][i]</c> is the length of the error bar above point <c>i</c> of series <c>s</c>
    /// (and below it too when <paramref name="errorsBelow"/> is null); null for none.</param>
    /// <param name="errorsBelow">Lengths of the error bars below, same shape; null for symmetric bars.</param>
    /// <param name="xTitle">X-axis title.</param>
    /// <param name="yTitle">Y-axis title.</param>
    public static string Lines(string title, string[] seriesNames, double[][] xs, double[][] ys, double[][]? errors, double[][]? errorsBelow,
                               string xTitle, string yTitle)
    {
        var traces = new GenericChart[seriesNames.Length];
        for (var s = 0; s < traces.Length; s++)
            traces[s] = WithErrors(Chart.Line<double, double, string>(xs[s], ys[s], ShowMarkers: true, Name: seriesNames[s], ShowLegend: true),
                                   errors?[s], errorsBelow?[s]);
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
    /// would run off the plot). Where the text there would cover a label already placed or another point, it goes to
    /// the first clear place of: the other side (never right in the rightmost fifth), above, below. A label is taken as
    /// a box of 8 px per character by 16 px on a plot of about 550 x 300 px, in the axis's own scale. Points are placed
    /// from the top down.
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
        // A plotly.js text position ("top left": above the point, ending at it) as the box its text covers.
        (double Left, double Right, double Bottom, double Top) Box(double x, double y, int length, string position)
        {
            double width = length * perCharacter;
            var (left, right) = position.EndsWith("left") ? (x - width, x) : (x, x + width);
            double middle = position.StartsWith("top") ? y + 2 * halfHeight : position.StartsWith("bottom") ? y - 2 * halfHeight : y;
            return (left, right, middle - halfHeight, middle + halfHeight);
        }
        var placed = new List<(double Left, double Right, double Bottom, double Top)>();
        bool Clear((double Left, double Right, double Bottom, double Top) box, int self) =>
            !placed.Any(b => box.Left < b.Right && b.Left < box.Right && box.Bottom < b.Top && b.Bottom < box.Top)
            && !points.Where((_, k) => k != self).Any(q => q.X > box.Left && q.X < box.Right && q.Y > box.Bottom && q.Y < box.Top);
        for (int k = 0; k < points.Length; k++)
        {
            var p = points[k];
            string[] candidates = p.X - xMin > 0.8 * xSpan
                ? ["middle left", "top left", "bottom left"]
                : ["middle right", "middle left", "top right", "bottom right"];
            var position = candidates.FirstOrDefault(c => Clear(Box(p.X, p.Y, p.Length, c), k)) ?? candidates[0];
            placed.Add(Box(p.X, p.Y, p.Length, position));
            sides[p.Series][p.Index] = position;
        }
        return sides;
    }

    /// <summary>Vertical error bars on one trace, as long as <paramref name="above"/> above each point and <paramref name="below"/>
    /// below it (<paramref name="above"/> both ways when <paramref name="below"/> is null); the trace unchanged when <paramref name="above"/> is null.</summary>
    static GenericChart WithErrors(GenericChart trace, double[]? above, double[]? below) =>
        above is null
            ? trace
            : global::Plotly.NET.Chart.withYErrorStyle<double, double>(
                  FSharpOption<bool>.Some(true), FSharpOption<StyleParam.ErrorType>.Some(StyleParam.ErrorType.Data),
                  FSharpOption<bool>.Some(below is null), FSharpOption<IEnumerable<double>>.Some(above),
                  below is null ? null : FSharpOption<IEnumerable<double>>.Some(below),
                  null, null, null, null, null, null, null, null).Invoke(trace);

    /// <summary>Writes each cell's annotation in its own colour, so that the text stays readable on dark and light cells alike.</summary>
    static GenericChart ColourCellText(GenericChart chart, string[][] colours)
    {
        // AnnotatedHeatmap writes one annotation per cell, row by row.
        var flat = colours.SelectMany(row => row).ToArray();
        return GenericChart.mapLayout(Fn.Of<Layout, Layout>(layout =>
        {
            var annotations = layout.TryGetTypedPropertyValue<IEnumerable<Annotation>>("annotations").Value.ToArray();
            for (var i = 0; i < annotations.Length; i++)
                annotations[i].SetProperty("font", Font.init(null, null, FSharpOption<Color>.Some(Color.fromString(flat[i]))));
            layout.SetProperty("annotations", annotations);
            return layout;
        }), chart);
    }

    /// <summary>Sets a plotly.js trace attribute that Plotly.NET's C# API does not expose.</summary>
    static GenericChart WithTraceProperty(GenericChart chart, string name, object value) =>
        GenericChart.mapTrace(Fn.Of<Trace, Trace>(trace =>
        {
            trace.SetProperty(name, value);
            return trace;
        }), chart);

    /// <summary>Height of every figure but heatmaps; the width follows the page or notebook (Plotly.NET would fix 600 x 600).</summary>
    const int Height = 480;

    /// <summary>
    /// Titles, size, the x axis's scale, and a legend only where there are series to tell apart. With
    /// <paramref name="everyCategory"/>, both axes are categories with a tick label for each one (plotly.js would
    /// otherwise skip labels it finds crowded, and read labels such as "8" or "5e-4" as numbers), and the margins grow
    /// to fit the longest label.
    /// </summary>
    static string Finish(GenericChart chart, string title, string xTitle, string yTitle, int series = 1, bool logX = false, int height = Height,
                         bool everyCategory = false)
    {
        var styled = chart
            .WithXAxisStyle<double, double, string>(TitleText: xTitle, AxisType: logX ? StyleParam.AxisType.Log : everyCategory ? StyleParam.AxisType.Category : StyleParam.AxisType.Auto)
            .WithYAxisStyle<double, double, string>(TitleText: yTitle, AxisType: everyCategory ? StyleParam.AxisType.Category : StyleParam.AxisType.Auto);
        var titled = global::Plotly.NET.Chart.withTitle(title, null).Invoke(styled);
        var sized = GenericChart.mapLayout(Fn.Of<Layout, Layout>(layout =>
        {
            layout.RemoveProperty("width");
            layout.SetProperty("height", height);
            // A single series's legend would only repeat the title.
            layout.SetProperty("showlegend", series > 1);
            if (everyCategory)
                foreach (var name in new[] { "xaxis", "yaxis" })
                {
                    var axis = layout.TryGetTypedPropertyValue<LinearAxis>(name).Value;
                    axis.SetProperty("tickmode", "linear");
                    axis.SetProperty("dtick", 1);
                    axis.SetProperty("automargin", true);
                    // Grid lines would cross the cells that have no value.
                    axis.SetProperty("showgrid", false);
                }
            return layout;
        }), titled);
        return GenericChart.toFigureJson(sized);
    }
}
