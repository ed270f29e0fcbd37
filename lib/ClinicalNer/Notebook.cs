using ClinicalNer.Charts;
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
    /// Prepares the kernel: loads TorchSharp's native library from this library's folder (the kernel's own probing
    /// fails), chooses how charts get plotly.js, and registers the HTML formatter of <see cref="DataFrame"/>.
    /// Calling it again only changes the chart mode.
    /// </summary>
    /// <param name="chartMode">How charts shown as a cell's value get plotly.js; <see cref="PlotlyJsMode.InlineOnce"/>
    /// keeps notebooks small and works offline; <see cref="PlotlyJsMode.None"/> writes light outputs.</param>
    /// <exception cref="TorchUnavailableException">TorchSharp's native library cannot be loaded on this machine.</exception>
    public static void Init(PlotlyJsMode chartMode = PlotlyJsMode.InlineOnce)
    {
        TorchRuntime.EnsureLoaded();
        NotebookDisplay.ChartMode = chartMode;
        NotebookDisplay.Register(new HtmlFormatter<DataFrame>(frame => DataFrameHtml.ToHtml(frame)));
    }
}
