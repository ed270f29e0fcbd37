using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClinicalNer.Charts;
using ClinicalNer.Charts.Rendering;

namespace ClinicalNer.Tests.Charts.Rendering;

/// <summary>What each <see cref="PlotlyJsMode"/> puts in a chart's HTML.</summary>
public class PlotlyHtmlTests
{
    const string AmdGuard = "if (!window.Plotly) { (function (define, exports, module) {";
    const string PlotlyJsBanner = "plotly.js v2.";

    static readonly PlotlyChart Chart = Plot.Bars("F1", ["Drug"], [0.9]);

    [Fact]
    public void Inline_carries_plotly_js_inside_the_AMD_guard()
    {
        var html = Chart.ToHtml(PlotlyJsMode.Inline);
        var guard = html.IndexOf(AmdGuard, StringComparison.Ordinal);
        Assert.True(guard > 0);
        Assert.InRange(html.IndexOf(PlotlyJsBanner, StringComparison.Ordinal), guard, guard + 200);
        Assert.Contains("})(undefined, undefined, undefined); }</script>", html);
        Assert.True(html.Length > 3_000_000);
    }

    [Fact]
    public void InlineOnce_carries_plotly_js_in_the_first_chart_only()
    {
        var delivery = new PlotlyJsDelivery();
        var first = PlotlyHtml.Fragment(Chart.FigureJson, PlotlyJsMode.InlineOnce, delivery);
        var second = PlotlyHtml.Fragment(Chart.FigureJson, PlotlyJsMode.InlineOnce, delivery);
        Assert.Contains(AmdGuard, first);
        Assert.DoesNotContain(PlotlyJsBanner, second);
        Assert.Contains("Plotly.newPlot(", second);
        Assert.True(second.Length < 20_000, $"{second.Length} characters");
    }

    [Fact]
    public void Cdn_loads_the_matching_plotly_js_and_draws_when_it_has_loaded()
    {
        var html = Chart.ToHtml(PlotlyJsMode.Cdn);
        Assert.Matches("s\\.src = \"https://cdn\\.plot\\.ly/plotly-2\\.[0-9]+\\.[0-9]+\\.min\\.js\";", html);
        Assert.Contains("s.onload = draw;", html);
        Assert.DoesNotContain(PlotlyJsBanner, html);
    }

    [Fact]
    public void None_neither_carries_nor_fetches_plotly_js()
    {
        var html = Chart.ToHtml(PlotlyJsMode.None);
        Assert.DoesNotContain(PlotlyJsBanner, html);
        Assert.DoesNotContain("cdn.plot.ly", html);
        Assert.Contains("setTimeout(poll, 50)", html);
    }

    [Fact]
    public void Markup_in_the_figure_cannot_end_the_script_element()
    {
        var html = Plot.Bars("a </script><!-- <script> b", ["</SCRIPT>"], [1.0]).ToHtml(PlotlyJsMode.None);
        Assert.Equal(Regex.Count(html, "<script", RegexOptions.IgnoreCase), Regex.Count(html, "</script", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<!--", html);
    }

    [Fact]
    public void Escaped_figure_json_means_the_same_figure()
    {
        var json = Plot.Bars("a </script><!-- b", ["<c>"], [1.0]).FigureJson;
        var escaped = PlotlyHtml.EscapeJson(json);
        Assert.DoesNotContain('<', escaped);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(escaped)));
    }

    [Fact]
    public void Saved_page_is_standalone_with_an_encoded_title_and_plotly_js_inline()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "sub", "chart.html");
        Plot.Bars("F1 & <recall>", ["a"], [1.0]).SaveHtml(path, PlotlyJsMode.InlineOnce);
        var page = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.Contains("<title>F1 &amp; &lt;recall&gt;</title>", page);
        Assert.Contains(AmdGuard, page);
    }

    [Fact]
    public void Chart_in_plain_text_shows_its_title_not_its_figure() =>
        Assert.Equal("PlotlyChart: F1", Chart.ToString());

    [Fact]
    public void Kernel_convention_finds_an_html_formatter_for_charts()
    {
        // What .NET Interactive does for a type it has no formatter for: attribute by name, then members by name.
        var attribute = typeof(PlotlyChart).GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        Assert.Equal(["text/html"], (string[])attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute)!);
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var source = Activator.CreateInstance(sourceType)!;
        var formatter = ((System.Collections.IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!).Cast<object>().Single();
        Assert.Equal("text/html", formatter.GetType().GetProperty("MimeType")!.GetValue(formatter));
        Assert.Equal(typeof(PlotlyChart), formatter.GetType().GetProperty("Type")!.GetValue(formatter));
        using var writer = new StringWriter();
        Assert.True((bool)formatter.GetType().GetMethod("Format")!.Invoke(formatter, [Chart, writer])!);
        Assert.Contains("class=\"clinical-ner-chart\"", writer.ToString());
        Assert.Contains(PlotlyHtml.EscapeJson(Chart.FigureJson), writer.ToString());
    }

    [Fact]
    public void Outside_a_kernel_no_formatter_is_registered() =>
        Assert.False(NotebookDisplay.Register(new HtmlFormatter<string>(s => s)));
}
