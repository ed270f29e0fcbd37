using System.Text;
using System.Text.Json.Nodes;

namespace ClinicalNer.Charts.Rendering;

/// <summary>
/// A chart as Plotly figure JSON (<c>{"data": [...], "layout": {...}}</c>) with its title. A notebook cell whose value is
/// a chart shows it (as <c>text/html</c>, with the mode <see cref="Notebook.Init"/> chose); elsewhere, save it as HTML
/// or PNG. Make one with <see cref="Plot"/>.
/// </summary>
/// <param name="FigureJson">The figure, as plotly.js reads it.</param>
/// <param name="Title">The chart's title (also the page title of saved HTML).</param>
[TypeFormatterSource(typeof(PlotlyChartFormatterSource))]
public sealed record PlotlyChart(string FigureJson, string Title)
{
    /// <summary>Default size of saved images, in CSS pixels: the width, and the height of a figure that sets none.</summary>
    public const int DefaultWidth = 800, DefaultHeight = 450;

    /// <summary>Whether <see cref="SavePng(string, int, int?)"/> can work here: a Chromium is installed (or named by CLINICAL_NER_CHROMIUM).</summary>
    public static bool CanSavePng => ChromiumBrowser.Locate(ChromiumBrowser.Configured) is not null;

    /// <summary>An HTML fragment (<c>div</c> and scripts) that draws the chart wherever it is inserted.</summary>
    /// <param name="mode">How the fragment gets plotly.js; see <see cref="PlotlyJsMode"/>.</param>
    /// <param name="withPng">Also embed a PNG of the chart (needs Chromium), shown where scripts do not run (GitHub's
    /// preview) or plotly.js is missing, and replaced by the interactive chart where plotly.js is present.</param>
    public string ToHtml(PlotlyJsMode mode = PlotlyJsMode.InlineOnce, bool withPng = false) =>
        PlotlyHtml.Fragment(FigureJson, mode, withPng ? ToPng() : null);

    /// <summary>Writes a standalone HTML page (UTF-8), by default with plotly.js inline so that it works offline.</summary>
    /// <param name="path">The file to write; its folder is created when missing.</param>
    /// <param name="mode">How the page gets plotly.js (<see cref="PlotlyJsMode.InlineOnce"/> counts as inline).</param>
    public void SaveHtml(string path, PlotlyJsMode mode = PlotlyJsMode.Inline)
    {
        CreateFolderOf(path);
        File.WriteAllText(path, PlotlyHtml.Page(FigureJson, Title, mode), new UTF8Encoding(false));
    }

    /// <summary>Writes a PNG image rendered by the installed Chromium (Plotly.NET.ImageExport, no network).</summary>
    /// <param name="path">The file to write (".png" is added when missing); its folder is created when missing.</param>
    /// <param name="width">Width in CSS pixels.</param>
    /// <param name="height">Height in CSS pixels; null for the figure's own (a heatmap's grows with its rows).</param>
    /// <exception cref="InvalidOperationException">No Chromium is installed.</exception>
    public void SavePng(string path, int width = DefaultWidth, int? height = null) =>
        SavePng(path, width, height ?? FigureHeight, ChromiumBrowser.Configured);

    /// <summary>The height the figure sets for itself (<c>layout.height</c>), or <see cref="DefaultHeight"/>.</summary>
    public int FigureHeight => JsonNode.Parse(FigureJson)?["layout"]?["height"] is JsonValue height && height.TryGetValue(out int pixels) ? pixels : DefaultHeight;

    /// <summary><see cref="SavePng(string, int, int?)"/> with the Chromium path given instead of read from the environment.</summary>
    internal void SavePng(string path, int width, int height, string? configuredBrowser)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        var browser = ChromiumBrowser.Locate(configuredBrowser) ?? throw new InvalidOperationException(ChromiumBrowser.NotFoundMessage(configuredBrowser));
        CreateFolderOf(path);
        PlotlyPlugin.Instance.SavePng(FigureJson, Path.GetFullPath(path), width, height, browser);
    }

    /// <summary>The PNG bytes of the chart at the default size.</summary>
    internal byte[] ToPng()
    {
        var file = Path.Combine(Path.GetTempPath(), $"clinical-ner-chart-{Guid.NewGuid():N}.png");
        try
        {
            SavePng(file);
            return File.ReadAllBytes(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The title, so that a chart in plain text (logs, the debugger) does not print its whole figure.</summary>
    public override string ToString() => $"PlotlyChart: {Title}";

    static void CreateFolderOf(string path)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
    }
}
