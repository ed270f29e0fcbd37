using System.Text.RegularExpressions;
using ClinicalNer.Charts;
using ClinicalNer.Charts.Rendering;
using ClinicalNer.Sample.Lexicons;
using static ClinicalNer.Tests.Charts.Rendering.HeadlessChromium;

namespace ClinicalNer.Tests.Charts.Rendering;

/// <summary>
/// Each chart kind saved as a standalone page (plotly.js inline) and opened in headless Chromium with no network: the
/// plot must have drawn its marks, not just the page been written.
/// </summary>
[Trait("Category", "Integration")]
public class ChartRenderTests
{
    [SkippableFact]
    public void Grouped_bars_draw_one_bar_per_series_and_category()
    {
        Require();
        var dom = Render(Plot.Bars("Entities by label", ["Drug", "Dosage", "Route"], ["gold", "predicted"], [[30, 12, 7], [28, 10, 9]], "label", "count"));
        Assert.Equal(2, CountClass(dom, "trace bars"));
        Assert.Equal(6, Regex.Count(dom, "<g class=\"point\"><path [^>]*d=\"M[0-9.]+,[0-9.]+V[0-9.]+H[0-9.]+V[0-9.]+Z\""));
        Assert.Matches("class=\"gtitle\"[^>]*>Entities by label</text>", dom);
    }

    [SkippableFact]
    public void Heatmap_draws_its_image_and_writes_each_cell_value()
    {
        Require();
        var dom = Render(Plot.Heatmap("Confusion", [[5, 1], [2, 7], [0, 3]], ["B-Drug", "O"], ["B-Drug", "I-Drug", "O"], "predicted", "gold", cellFormat: "0"));
        Assert.Matches("<g class=\"hm\"><image [^>]*href=\"data:image/png;base64,", dom);
        var cells = Regex.Matches(dom, "class=\"annotation-text\"[^>]*>([^<]*)<").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(["5", "1", "2", "7", "0", "3"], cells);
    }

    [SkippableFact]
    public void Lines_draw_a_line_and_a_marker_per_point_for_each_series()
    {
        Require();
        var dom = Render(Plot.Lines("Loss", ["train", "dev"], [[1, 2, 3], [1, 2]], [[0.9, 0.5, 0.3], [1.0, 0.7]], "epoch", "loss"));
        Assert.Equal(2, Regex.Matches(dom, "class=\"trace scatter[^\"]*\"").Count);
        Assert.Equal(2, Regex.Count(dom, "<path class=\"js-line\" d=\"M[0-9.]+,[0-9.]+L"));
        Assert.Equal(5, CountClass(dom, "point"));
    }

    [SkippableFact]
    public void Scatter_draws_each_point_with_its_label()
    {
        Require();
        var dom = Render(Plot.Scatter("F1 against size", ["CRF", "softmax"], [[4.1e6, 1.1e8], [4.1e6]], [[0.81, 0.88], [0.79]],
                                      labels: [["transformer-crf", "bert-crf"], ["transformer-apt"]], hoverTexts: [["a", "b"], ["c"]],
                                      xTitle: "parameters", yTitle: "F1"));
        Assert.Equal(3, CountClass(dom, "point"));
        var labels = Regex.Matches(dom, "class=\"textpoint\"[^>]*><text[^>]*>([^<]*)<").Select(m => m.Groups[1].Value).Order().ToArray();
        Assert.Equal(["bert-crf", "transformer-apt", "transformer-crf"], labels);
    }

    [SkippableFact]
    public void A_title_with_script_end_and_comment_markup_still_draws()
    {
        Require();
        var title = "F1 </script><!-- <script>alert(1)</script> & co";
        var dom = Render(Plot.Bars(title, ["a"], [1.0]));
        Assert.Equal(1, CountClass(dom, "point"));
        Assert.Contains("class=\"gtitle\"", dom);
        Assert.Contains(">F1 &lt;/script&gt;&lt;!-- &lt;script&gt;alert(1)&lt;/script&gt; &amp; co</text>", dom);
    }

    static string Render(PlotlyChart chart)
    {
        using var dir = new TempDir();
        var page = System.IO.Path.Combine(dir.Path, "chart.html");
        chart.SaveHtml(page);
        var dom = DumpDom(page);
        Assert.Equal(3, CountClass(dom, "main-svg"));
        return dom;
    }
}
