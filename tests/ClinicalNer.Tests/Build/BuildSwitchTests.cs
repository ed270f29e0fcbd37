using System.Diagnostics;
using System.Text.Json;

namespace ClinicalNer.Tests.Build;

/// <summary>The build's switches, checked in MSBuild's evaluation (the CUDA package cannot be restored here).</summary>
[Trait("Category", "Integration")]
public class BuildSwitchTests
{
    static string[] PackageReferences(params string[] properties)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot.Path };
        foreach (var argument in new[] { "msbuild", "lib/ClinicalNer/ClinicalNer.csproj", "-getItem:PackageReference" }.Concat(properties))
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output + process.StandardError.ReadToEnd());
        return JsonDocument.Parse(output).RootElement.GetProperty("Items").GetProperty("PackageReference")
            .EnumerateArray().Select(i => i.GetProperty("Identity").GetString()!).ToArray();
    }

    [Fact]
    public void Default_build_references_cpu_libtorch_and_no_cuda_package()
    {
        var references = PackageReferences();
        Assert.Contains("TorchSharp", references);
        Assert.Contains(references, r => r.StartsWith("libtorch-cpu-", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.Contains("cuda", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void TorchBackend_cuda_selects_the_cuda_package_instead()
    {
        var references = PackageReferences("-p:TorchBackend=cuda");
        Assert.Contains("TorchSharp-cuda-linux", references);
        Assert.DoesNotContain(references, r => r.StartsWith("libtorch-cpu-", StringComparison.Ordinal) || r == "TorchSharp");
    }
}
