using ClinicalNer.Charts;
using ClinicalNer.Charts.Rendering;
using ClinicalNer.Runtime;
using Microsoft.Data.Analysis;

namespace ClinicalNer;

/// <summary>
/// The one call a notebook makes first, after <c>#r</c> of the built library (for example
/// <c>#r "../lib/ClinicalNer.Cli/bin/Release/net10.0/ClinicalNer.dll"</c>).
/// </summary>
public static class Notebook
{
    /// <summary>
    /// Environment variable that, set to <c>light</c>, makes <see cref="Init"/> write each chart as a PNG image inside
    /// HTML without plotly.js: the small outputs committed notebooks keep, which GitHub's preview can show.
    /// </summary>
    public const string OutputVariable = "CLINICAL_NER_NOTEBOOK_OUTPUT";

    /// <summary>
    /// Prepares the kernel: loads TorchSharp's native library from this library's folder (the kernel's own probing
    /// fails), chooses how charts are written, and registers the HTML formatters of <see cref="DataFrame"/>, <see cref="EntityHtml"/> and <see cref="SpanErrorHtml"/>.
    /// Call it before the first chart is shown.
    /// </summary>
    /// <param name="chartMode">How charts shown as a cell's value get plotly.js. By default
    /// <see cref="PlotlyJsMode.InlineOnce"/> (small notebooks that draw offline), or <see cref="PlotlyJsMode.None"/>
    /// with PNG images when <see cref="OutputVariable"/> is <c>light</c>.</param>
    /// <exception cref="TorchUnavailableException">TorchSharp's native library cannot be loaded on this machine.</exception>
    /// <exception cref="InvalidOperationException">Light outputs were asked for but no Chromium is installed to draw the images.</exception>
    public static void Init(PlotlyJsMode? chartMode = null)
    {
        TorchRuntime.EnsureLoaded();
        var light = string.Equals(Environment.GetEnvironmentVariable(OutputVariable), "light", StringComparison.OrdinalIgnoreCase);
        if (light && !PlotlyChart.CanSavePng)
            throw new InvalidOperationException($"{OutputVariable}=light writes charts as PNG images, which needs Chromium: none is installed (apt-get install chromium).");
        NotebookDisplay.ChartMode = chartMode ?? (light ? PlotlyJsMode.None : PlotlyJsMode.InlineOnce);
        NotebookDisplay.ChartImages = light;
        NotebookDisplay.Register(new HtmlFormatter<DataFrame>(frame => DataFrameHtml.ToHtml(frame)));
        NotebookDisplay.Register(new HtmlFormatter<EntityHtml>(note => note.Html));
        NotebookDisplay.Register(new HtmlFormatter<SpanErrorHtml>(errors => errors.Html));
    }
}
