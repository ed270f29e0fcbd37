using System.Diagnostics;
using System.Text.Json;

namespace ClinicalNer.Tests.Build;

/// <summary>
/// The GLIBCXX fix (build/LibTorchSharpGlibcxxFix.targets) patches the folder the program really lands in, however
/// the output is named: the default relative output path, an absolute one (<c>dotnet build -o DIR</c>), a relative
/// one, and the publish folder. Checked in MSBuild's evaluation of the command-line project, against
/// <c>Path.GetFullPath</c> of the same path resolved from the project folder.
/// </summary>
[Trait("Category", "Integration")]
public class GlibcxxFixTests
{
    static readonly string ProjectFolder = Path.Combine(RepositoryRoot.Path, "lib", "ClinicalNer.Cli");

    static (string OutDir, string PublishDir) PatchedFolders(params string[] properties)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot.Path };
        foreach (var argument in new[] { "msbuild", "lib/ClinicalNer.Cli/ClinicalNer.Cli.csproj", "-p:Configuration=Release",
                                         "-getProperty:LibTorchSharpPatchOutDir", "-getProperty:LibTorchSharpPatchPublishDir" }.Concat(properties))
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output + process.StandardError.ReadToEnd());
        var values = JsonDocument.Parse(output).RootElement.GetProperty("Properties");
        return (values.GetProperty("LibTorchSharpPatchOutDir").GetString()!, values.GetProperty("LibTorchSharpPatchPublishDir").GetString()!);
    }

    static string Under(string folder, string relative) => Path.GetFullPath(Path.Combine(folder, relative));

    [Fact]
    public void The_default_build_patches_the_projects_own_output_folder()
    {
        var (outDir, _) = PatchedFolders();
        Assert.Equal(Under(ProjectFolder, "bin/Release/net10.0/"), outDir);
    }

    [Fact]
    public void An_absolute_output_path_is_patched_where_it_is()
    {
        using var temp = new TempDir();
        var (outDir, publishDir) = PatchedFolders($"-p:OutputPath={temp.Path}/out/", $"-p:PublishDir={temp.Path}/published/");
        Assert.Equal(Path.Combine(temp.Path, "out") + "/", outDir);
        Assert.Equal(Path.Combine(temp.Path, "published") + "/", publishDir);
    }

    [Fact]
    public void A_relative_output_path_is_resolved_from_the_project_folder()
    {
        var (outDir, publishDir) = PatchedFolders("-p:OutputPath=elsewhere/out/", "-p:PublishDir=elsewhere/published/");
        Assert.Equal(Under(ProjectFolder, "elsewhere/out/"), outDir);
        Assert.Equal(Under(ProjectFolder, "elsewhere/published/"), publishDir);
    }
}
