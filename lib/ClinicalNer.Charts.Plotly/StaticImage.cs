using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.ImageExport;

namespace ClinicalNer.Charts.Plotly;

/// <summary>Static images of figures through Plotly.NET.ImageExport and a browser already installed on the machine.</summary>
public static class StaticImage
{
    /// <summary>
    /// Renders <paramref name="figureJson"/> to a PNG file with the Chromium at <paramref name="browserPath"/>
    /// (never downloads one). plotly.js is embedded in the page, so no network is used.
    /// </summary>
    /// <param name="figureJson">Figure JSON (<c>data</c>, <c>layout</c>).</param>
    /// <param name="path">Output file; ".png" is added by Plotly.NET when missing.</param>
    /// <param name="width">Image width in CSS pixels.</param>
    /// <param name="height">Image height in CSS pixels.</param>
    /// <param name="browserPath">Chromium executable.</param>
    public static void SavePng(string figureJson, string path, int width, int height, string browserPath)
    {
        PuppeteerSharpRendererOptions.localBrowserExecutablePath = FSharpOption<string>.Some(browserPath);
        // Root and container users have no usable sandbox; the page is our own and loads nothing from outside.
        PuppeteerSharpRendererOptions.launchOptions.Args = ["--no-sandbox", "--disable-gpu"];
        var inline = DisplayOptions.init(null, null, null, null, null, null, FSharpOption<PlotlyJSReference>.Some(PlotlyJSReference.Full));
        var chart = global::Plotly.NET.Chart.withDisplayOptions(inline).Invoke(FigureReader.Read(figureJson));
        var withoutExtension = path.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? path[..^4] : path;
        chart.SavePNG(withoutExtension, null, FSharpOption<int>.Some(width), FSharpOption<int>.Some(height));
    }
}
