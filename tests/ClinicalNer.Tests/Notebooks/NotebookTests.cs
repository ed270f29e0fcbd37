using System.Text.RegularExpressions;
using ClinicalNer.Experiments.Selection;

namespace ClinicalNer.Tests.Notebooks;

/// <summary>
/// Every notebook runs headless without a failing cell, in the form it is committed in (light outputs: each chart a
/// PNG image), and its chart cells hold a chart. A chart cell is a code cell that calls the <c>Plot</c> facade or
/// <c>SelectionCharts</c>, or carries the Jupyter tag "chart" (which dotnet-repl drops from executed copies). The
/// interactive form (Plotly charts with plotly.js inlined once) is checked on the notebooks that train nothing.
/// </summary>
[Trait("Category", "Integration")]
public class NotebookTests(NotebookRunner runner) : IClassFixture<NotebookRunner>
{
    const string InlinePlotlyJsMarker = "(function (define, exports, module) {";

    public static TheoryData<string> Notebooks() => new(NotebookRunner.Notebooks());

    /// <summary>Notebooks that only read files and draw: cheap to run a second time with interactive charts.</summary>
    public static TheoryData<string> ReadingNotebooks() => new("00-smoke.ipynb", "07-paper-results.ipynb");

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_runs_headless_without_a_failing_cell(string notebook)
    {
        var run = runner.Get(notebook);
        var errors = run.Executed?.Cells.SelectMany(c => c.Errors).ToArray() ?? [];
        Assert.True(run.ExitCode == 0, $"dotnet-repl exited {run.ExitCode} on {notebook}{(run.Light ? " with light outputs" : "")}: {string.Join(" | ", errors)}\n{Tail(run.Log)}");
        Assert.NotNull(run.Executed);
        Assert.Empty(errors);
    }

    [SkippableTheory]
    [MemberData(nameof(Notebooks))]
    public void Light_outputs_hold_each_chart_as_an_image_without_plotly_js_and_stay_under_a_megabyte(string notebook)
    {
        Charts.Rendering.HeadlessChromium.Require();
        var run = runner.Get(notebook);
        Assert.True(run.Light, "Chromium is installed, so the notebooks should have run with light outputs");
        var cells = run.Executed?.Cells ?? throw new Xunit.Sdk.XunitException($"{notebook} was not executed");
        foreach (var cell in cells.Where(IsChartCell))
            Assert.True(cell.Html.Any(h => h.Contains("<img style=\"max-width:100%\" alt=\"chart\" src=\"data:image/png;base64,iVBORw0KGgo")),
                        $"chart cell without an image in {notebook}:\n{cell.Source}");
        Assert.DoesNotContain(cells.SelectMany(c => c.Html), h => h.Contains(InlinePlotlyJsMarker));
        Assert.True(run.Bytes < 1_000_000, $"{notebook} with light outputs is {run.Bytes} bytes");
    }

    [Theory]
    [MemberData(nameof(ReadingNotebooks))]
    public void Interactive_chart_cells_hold_plotly_output_and_only_the_first_carries_plotly_js(string notebook)
    {
        var run = runner.GetInteractive(notebook);
        Assert.True(run.ExitCode == 0, $"dotnet-repl exited {run.ExitCode} on {notebook}\n{Tail(run.Log)}");
        var cells = run.Executed?.Cells ?? throw new Xunit.Sdk.XunitException($"{notebook} was not executed");
        Assert.Contains(cells, IsChartCell);
        foreach (var cell in cells.Where(IsChartCell))
            Assert.True(cell.Html.Any(h => h.Contains("class=\"clinical-ner-chart\"") && h.Contains("Plotly.newPlot(")),
                        $"chart cell without Plotly output in {notebook}:\n{cell.Source}");
        Assert.True(cells.SelectMany(c => c.Html).Count(h => h.Contains(InlinePlotlyJsMarker)) <= 1, $"{notebook} carries plotly.js more than once");
    }

    [Fact]
    public void Smoke_notebook_computes_a_tensor_and_shows_a_table_and_charts()
    {
        var cells = runner.GetInteractive("00-smoke.ipynb").Executed!.Cells;
        Assert.Contains(cells, c => c.Source.Contains("torch.arange") && c.Html.Concat(c.PlainText).Any(o => Regex.IsMatch(o, @"\b10\b")));
        var table = Assert.Single(cells, c => c.Source.Contains("new DataFrame")).Html.Single();
        Assert.Contains("<th style=\"text-align:left\">label</th><th style=\"text-align:right\">F1</th>", table);
        Assert.Contains("<td style=\"text-align:left\">Dosage</td><td style=\"text-align:right\">0.874</td>", table);
        Assert.Equal(2, cells.Count(IsChartCell));
        Assert.Contains(InlinePlotlyJsMarker, cells.First(IsChartCell).Html.Single());
    }

    static bool IsChartCell(ExecutedCell cell) =>
        cell.Tags.Contains("chart") || Regex.IsMatch(cell.Source, @"\b(Plot\.(Bars|Heatmap|Lines|Scatter)|SelectionCharts\.\w+)\(");

    static string Tail(string log) => log.Length <= 4000 ? log : log[^4000..];
}
