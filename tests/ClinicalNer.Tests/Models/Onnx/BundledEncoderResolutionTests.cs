using ClinicalNer.Models.Checkpoints;
using ClinicalNer.Models.Hub;

namespace ClinicalNer.Tests.Models.Onnx;

/// <summary>
/// The bundled MiniLM id resolves offline with an empty Hugging Face cache, into the workbench's own cache (the
/// Hugging Face cache stays untouched), once; a real hub download in the Hugging Face cache is preferred.
/// </summary>
public class BundledEncoderResolutionTests
{
    [Trait("Category", "Integration")]
    [Fact]
    public void Offline_with_an_empty_hub_cache_the_package_is_converted_into_the_workbench_cache_once()
    {
        using TempDir hub = new(), workbench = new();
        var options = new HubOptions { CacheDirectory = hub.Path, Offline = true, WorkbenchCacheDirectory = workbench.Path };

        var first = HubModelResolver.Resolve(BundledEncoders.MiniLm, options);

        Assert.Equal(CheckpointSource.Bundled, first.Source);
        Assert.StartsWith(workbench.Path + Path.DirectorySeparatorChar, first.Folder);
        Assert.Empty(Directory.EnumerateFileSystemEntries(hub.Path));
        Assert.Equal(File.ReadAllBytes(Path.Combine(BundledMiniLm.Checkpoint, CheckpointFiles.Safetensors)), File.ReadAllBytes(first.WeightsPath!));
        var written = File.GetLastWriteTimeUtc(first.WeightsPath!);
        var second = HubModelResolver.Resolve(BundledEncoders.MiniLm, options);
        Assert.Equal(first, second);
        Assert.Equal(written, File.GetLastWriteTimeUtc(second.WeightsPath!));
        Assert.Equal([Path.GetFileName(first.Folder)], Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(first.Folder)!).Select(Path.GetFileName));
    }

    [Fact]
    public void A_hub_download_in_the_hugging_face_cache_comes_before_the_package()
    {
        using TempDir hub = new(), workbench = new();
        hub.Write("models--sentence-transformers--all-MiniLM-L6-v2/refs/main", "abc123");
        foreach (var file in new[] { "config.json", "vocab.txt", "model.safetensors" })
            hub.Write($"models--sentence-transformers--all-MiniLM-L6-v2/snapshots/abc123/{file}", "x");

        var checkpoint = HubModelResolver.Resolve(BundledEncoders.MiniLm,
            new HubOptions { CacheDirectory = hub.Path, Offline = true, WorkbenchCacheDirectory = workbench.Path });

        Assert.Equal(CheckpointSource.Cache, checkpoint.Source);
        Assert.Empty(Directory.EnumerateFileSystemEntries(workbench.Path));
    }
}
