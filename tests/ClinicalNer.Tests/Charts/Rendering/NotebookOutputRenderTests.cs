using System.Text.Json;
using ClinicalNer.Charts;
using ClinicalNer.Charts.Rendering;
using static ClinicalNer.Tests.Charts.Rendering.HeadlessChromium;

namespace ClinicalNer.Tests.Charts.Rendering;

/// <summary>
/// Chart fragments in the situations of notebook front ends, rendered in headless Chromium with no network: outputs
/// inserted one after another into one page, a require.js-style AMD loader on the page, and no plotly.js at all.
/// </summary>
[Trait("Category", "Integration")]
public class NotebookOutputRenderTests
{
    static readonly PlotlyChart Chart = Plot.Lines("Loss", ["train"], [[1, 2, 3]], [[0.9, 0.5, 0.4]]);

    [SkippableFact]
    public void InlineOnce_outputs_inserted_like_notebook_outputs_all_draw()
    {
        Require();
        var delivery = new PlotlyJsDelivery();
        var outputs = Enumerable.Range(0, 3).Select(_ => PlotlyHtml.Fragment(Chart.FigureJson, PlotlyJsMode.InlineOnce, delivery)).ToArray();
        // Front ends insert each output as a fragment (scripts then run in order), not as part of the page source.
        var insert = string.Concat(outputs.Select(o =>
            $"document.body.appendChild(document.createRange().createContextualFragment({JsonSerializer.Serialize(o)}));\n"));
        var dom = RenderPage($"<script>\n{insert}</script>");
        Assert.Equal(9, CountClass(dom, "main-svg"));
        Assert.Equal(9, CountClass(dom, "point"));
    }

    [SkippableFact]
    public void Inline_plotly_js_draws_with_an_AMD_loader_on_the_page()
    {
        Require();
        const string amd = "<script>window.define = function () { window.amdUsed = true; }; window.define.amd = {};</script>";
        var dom = RenderPage(amd + Chart.ToHtml(PlotlyJsMode.Inline) + "<script>document.title = window.amdUsed ? 'amd' : 'global';</script>");
        Assert.Equal(3, CountClass(dom, "main-svg"));
        Assert.Contains("<title>global</title>", dom);
    }

    [SkippableFact]
    public void Without_plotly_js_the_chart_says_so()
    {
        Require();
        var dom = RenderPage(Chart.ToHtml(PlotlyJsMode.None), virtualMilliseconds: 15_000);
        Assert.Equal(0, CountClass(dom, "main-svg"));
        Assert.Contains("class=\"clinical-ner-chart\">plotly.js is not loaded on this page (re-run the first chart cell of the notebook).</div>", dom);
    }

    [SkippableFact]
    public void A_light_output_keeps_its_image_where_plotly_js_is_missing()
    {
        Require();
        var dom = RenderPage(Chart.ToHtml(PlotlyJsMode.None, withPng: true), virtualMilliseconds: 15_000);
        Assert.Equal(0, CountClass(dom, "main-svg"));
        Assert.Matches("class=\"clinical-ner-chart\"><img [^>]*src=\"data:image/png;base64,iVBORw0KGgo[^\"]+\"></div>", dom);
    }

    [SkippableFact]
    public void A_light_output_becomes_interactive_where_plotly_js_is_present()
    {
        Require();
        var dom = RenderPage(Plot.Bars("first", ["a"], [1.0]).ToHtml(PlotlyJsMode.Inline) + Chart.ToHtml(PlotlyJsMode.None, withPng: true));
        Assert.Equal(6, CountClass(dom, "main-svg"));
        Assert.DoesNotMatch("<img [^>]*src=\"data:image/png", dom);
    }

    static string RenderPage(string body, int virtualMilliseconds = 5000)
    {
        using var dir = new TempDir();
        var page = dir.Write("page.html", $"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title></title></head><body>\n{body}\n</body></html>\n");
        return DumpDom(page, virtualMilliseconds);
    }
}
