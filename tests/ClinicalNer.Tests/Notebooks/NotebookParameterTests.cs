using System.Text.Json;

namespace ClinicalNer.Tests.Notebooks;

/// <summary>
/// Every notebook that reads data names its corpus and sizes in one parameter cell (its source starts with
/// <c>// Parameters</c>), after a Markdown banner that says what is real and what is synthetic, and no other cell names
/// a data folder. Reads the committed notebooks as JSON; no kernel runs.
/// </summary>
public class NotebookParameterTests
{
    const string Marker = "// Parameters";

    public static TheoryData<string> DataNotebooks() => new(NotebookRunner.Notebooks().Where(n => n != "00-smoke.ipynb"));

    static (string Type, string Source)[] Cells(string notebook)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(NotebookRunner.NotebookFolder, notebook)));
        return [.. json.RootElement.GetProperty("cells").EnumerateArray().Select(c => (
            c.GetProperty("cell_type").GetString()!,
            string.Concat(c.GetProperty("source").EnumerateArray().Select(s => s.GetString()))))];
    }

    [Theory]
    [MemberData(nameof(DataNotebooks))]
    public void One_parameter_cell_names_the_data_after_a_banner_of_what_is_real(string notebook)
    {
        var cells = Cells(notebook);
        var parameters = Assert.Single(Enumerable.Range(0, cells.Length), i => cells[i].Type == "code" && cells[i].Source.StartsWith(Marker, StringComparison.Ordinal));
        Assert.Equal("markdown", cells[parameters - 1].Type);
        Assert.Contains("**What is real here.**", cells[parameters - 1].Source);
        var others = cells.Where((c, i) => c.Type == "code" && i != parameters && c.Source.Contains("../data/", StringComparison.Ordinal));
        Assert.Empty(others.Select(c => c.Source));
    }

    [Fact]
    public void Smoke_notebook_reads_no_data()
    {
        Assert.DoesNotContain(Cells("00-smoke.ipynb"), c => c.Type == "code" && c.Source.Contains("../data/", StringComparison.Ordinal));
    }
}
