using System.Text.Json;

namespace ClinicalNer.Tests.Build;

/// <summary>No container engine runs here, so the dev container is checked as a file: it parses and names what it must.</summary>
public class DevcontainerTests
{
    static JsonElement Devcontainer() => JsonDocument.Parse(
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, ".devcontainer", "devcontainer.json")),
        new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }).RootElement;

    [Fact]
    public void Image_is_dotnet_10_on_a_base_whose_libstdcxx_needs_no_patch()
    {
        var image = Devcontainer().GetProperty("image").GetString()!;
        Assert.StartsWith("mcr.microsoft.com/devcontainers/dotnet:10.0", image);
        Assert.Contains("noble", image); // Ubuntu 24.04: GCC 14's libstdc++ has GLIBCXX_3.4.32
    }

    [Fact]
    public void Polyglot_notebooks_and_csharp_dev_kit_are_installed()
    {
        var extensions = Devcontainer().GetProperty("customizations").GetProperty("vscode").GetProperty("extensions")
            .EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.Contains("ms-dotnettools.dotnet-interactive-vscode", extensions);
        Assert.Contains("ms-dotnettools.csdevkit", extensions);
    }

    [Fact]
    public void Post_create_restores_packages_and_local_tools()
    {
        var command = Devcontainer().GetProperty("postCreateCommand").GetString()!;
        Assert.Contains("dotnet tool restore", command);
        Assert.Contains("dotnet restore Workbench.sln", command);
    }
}
