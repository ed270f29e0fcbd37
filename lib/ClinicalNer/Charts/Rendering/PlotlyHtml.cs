using System.Net;
using System.Text;

namespace ClinicalNer.Charts.Rendering;

/// <summary>
/// The HTML of a chart: a <c>div</c>, plotly.js when the mode asks for it, and one script that draws the figure as soon
/// as <c>window.Plotly</c> exists. Written for notebook front ends that insert outputs as fragments (scripts run in
/// order, a <c>script src</c> loads asynchronously, and require.js may be on the page).
/// </summary>
static class PlotlyHtml
{
    /// <summary>How long a chart waits for plotly.js from an earlier output before it says so.</summary>
    const int WaitMilliseconds = 10_000;

    // InlineOnce sends plotly.js with the first chart of the process: in a notebook the kernel process lives exactly as
    // long as the page that received it, so one record per process is the state the mode is about.
    static readonly PlotlyJsDelivery ProcessDelivery = new();

    static readonly Lazy<string> InlineScript = new(() =>
        // The UMD bundle registers itself as an AMD module when define.amd exists (Jupyter, require-mode outputs) and
        // then never sets window.Plotly: hiding define, exports and module makes it take the global branch.
        "<script type=\"text/javascript\">if (!window.Plotly) { (function (define, exports, module) {\n"
        + EscapeScriptEnd(PlotlyPlugin.Instance.PlotlyJs)
        + "\n})(undefined, undefined, undefined); }</script>\n");

    /// <summary>The fragment for a notebook output or a page body.</summary>
    /// <param name="figureJson">The figure.</param>
    /// <param name="mode">How the fragment gets plotly.js.</param>
    /// <param name="png">A static image shown until (and unless) plotly.js draws the chart, or null.</param>
    public static string Fragment(string figureJson, PlotlyJsMode mode, byte[]? png = null) => Fragment(figureJson, mode, ProcessDelivery, png);

    /// <summary>The fragment, with <paramref name="delivery"/> recording whether plotly.js was already sent.</summary>
    internal static string Fragment(string figureJson, PlotlyJsMode mode, PlotlyJsDelivery delivery, byte[]? png = null)
    {
        var id = "clinical-ner-chart-" + Guid.NewGuid().ToString("N");
        var inline = mode == PlotlyJsMode.Inline || (mode == PlotlyJsMode.InlineOnce && delivery.TakeFirst());
        var html = new StringBuilder(figureJson.Length + (inline ? InlineScript.Value.Length : 0) + (png?.Length ?? 0) * 4 / 3 + 2048);
        html.Append("<div id=\"").Append(id).Append("\" class=\"clinical-ner-chart\">");
        // Viewers that run no scripts (GitHub's preview) show the image; a page with plotly.js replaces it by the chart.
        if (png is not null) html.Append("<img style=\"max-width:100%\" alt=\"chart\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(png)).Append("\">");
        html.Append("</div>\n");
        if (inline) html.Append(InlineScript.Value);
        html.Append("<script type=\"text/javascript\">(function () {\n")
            .Append("  var el = document.getElementById(\"").Append(id).Append("\");\n")
            .Append("  var fig = ").Append(EscapeJson(figureJson)).Append(";\n")
            .Append("  function draw() { el.textContent = \"\"; window.Plotly.newPlot(el, fig.data, fig.layout || {}, fig.config || { responsive: true }); }\n")
            .Append("  function fail(why) { if (!el.querySelector(\"img\")) el.textContent = why; }\n")
            .Append("  if (window.Plotly) { draw(); return; }\n");
        if (mode == PlotlyJsMode.Cdn)
            html.Append("  var s = document.createElement(\"script\");\n")
                .Append("  s.src = \"https://cdn.plot.ly/plotly-").Append(PlotlyPlugin.Instance.PlotlyJsVersion).Append(".min.js\";\n")
                .Append("  s.onload = draw;\n")
                .Append("  s.onerror = function () { fail(\"plotly.js could not be loaded from the CDN (offline?): save the chart with plotly.js inline.\"); };\n")
                .Append("  document.head.appendChild(s);\n");
        else
            html.Append("  var waited = 0;\n")
                .Append("  (function poll() {\n")
                .Append("    if (window.Plotly) { draw(); return; }\n")
                .Append("    if ((waited += 50) > ").Append(WaitMilliseconds).Append(") { fail(\"plotly.js is not loaded on this page (re-run the first chart cell of the notebook).\"); return; }\n")
                .Append("    setTimeout(poll, 50);\n")
                .Append("  })();\n");
        html.Append("})();</script>\n");
        return html.ToString();
    }

    /// <summary>A standalone page; <see cref="PlotlyJsMode.InlineOnce"/> means inline, since the page is its own.</summary>
    public static string Page(string figureJson, string title, PlotlyJsMode mode) =>
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>" + WebUtility.HtmlEncode(title) + "</title>\n</head>\n<body>\n"
        + Fragment(figureJson, mode == PlotlyJsMode.InlineOnce ? PlotlyJsMode.Inline : mode)
        + "</body>\n</html>\n";

    /// <summary>
    /// Makes JSON safe inside a script element, where "&lt;/script" or "&lt;!--" in a string (a title, a label) would
    /// end or derail the element: in JSON a "&lt;" can only stand inside a string, where "\u003c" means the same.
    /// </summary>
    internal static string EscapeJson(string json) => json.Replace("<", "\\u003c", StringComparison.Ordinal);

    /// <summary>Keeps plotly.js from ending its script element early ("&lt;\/" means "&lt;/" in JS strings and regular expressions).</summary>
    internal static string EscapeScriptEnd(string javaScript) => javaScript.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
}
