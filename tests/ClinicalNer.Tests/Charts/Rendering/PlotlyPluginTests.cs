using System.Runtime.Loader;
using ClinicalNer.Charts;
using ClinicalNer.Charts.Rendering;

namespace ClinicalNer.Tests.Charts.Rendering;

public class PlotlyPluginTests
{
    [Fact]
    public void Plugin_runs_in_its_own_context_with_its_own_FSharp_Core()
    {
        Plot.Bars("loads Plotly.NET and FSharp.Core", ["a"], [1.0]);
        var context = PlotlyPlugin.Instance.Context;
        Assert.Equal("ClinicalNer.Plotly", context.Name);
        var fsharp = Assert.Single(context.Assemblies, a => a.GetName().Name == "FSharp.Core").GetName().Version!;
        Assert.True(fsharp >= new Version(10, 1), $"FSharp.Core {fsharp}");
        Assert.Contains(context.Assemblies, a => a.GetName().Name == "Plotly.NET");
        Assert.DoesNotContain(AssemblyLoadContext.Default.Assemblies, a => a.GetName().Name is "Plotly.NET" or "ClinicalNer.Charts.Plotly");
    }

    [Fact]
    public void Plugin_folder_is_plotly_beside_the_library_unless_overridden()
    {
        Assert.Equal(Path.Combine("/opt/lib", "plotly"), PlotlyPlugin.Folder(null, "/opt/lib"));
        Assert.Equal(Path.Combine("/opt/lib", "plotly"), PlotlyPlugin.Folder(" ", "/opt/lib"));
        Assert.Equal("/srv/charts", PlotlyPlugin.Folder("/srv/charts", "/opt/lib"));
    }

    [Fact]
    public void Plugin_loads_from_another_folder_into_a_context_of_its_own()
    {
        var folder = PlotlyPlugin.Folder(null, AppContext.BaseDirectory);
        var other = PlotlyPlugin.Load(folder);
        Assert.NotSame(PlotlyPlugin.Instance.Context, other.Context);
        var figure = System.Text.Json.Nodes.JsonNode.Parse(other.Bars("t", ["a"], ["s"], [[1]], null, null, "", ""))!;
        Assert.Equal("bar", (string)figure["data"]![0]!["type"]!);
    }

    [Fact]
    public void Missing_plugin_names_the_folder_and_the_override_variable()
    {
        using var empty = new TempDir();
        var error = Assert.Throws<FileNotFoundException>(() => PlotlyPlugin.Load(empty.Path));
        Assert.Contains(empty.Path, error.Message);
        Assert.Contains("CLINICAL_NER_PLOTLY_DIR", error.Message);
    }
}
