using ClinicalNer.Runtime;

namespace ClinicalNer.Tests.Runtime;

public class AtomicFileTests
{
    [Fact]
    public void Failed_write_keeps_the_previous_content_and_leaves_no_temporary_file()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "metrics.json");
        AtomicFile.WriteAllText(path, "old");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, tmp =>
        {
            File.WriteAllText(tmp, "half");
            throw new InvalidOperationException("crash");
        }));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(dir.Path));
    }

    /// <summary>What .NET raises when a write meets a full disk: an IOException whose HResult is ENOSPC.</summary>
    static IOException DiskFull(string temporary) => new($"No space left on device : '{temporary}'", 28);

    [Fact]
    public void A_full_disk_is_reported_once_against_the_target_which_keeps_its_content()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "test.ann");
        AtomicFile.WriteAllText(path, "T1\tDrug 0 7\tAspirin\n");

        var e = Assert.ThrowsAny<IOException>(() => AtomicFile.Write(path, tmp =>
        {
            File.WriteAllText(tmp, "T1\tDr");
            throw DiskFull(tmp);
        }));

        Assert.Equal($"{path}: no space left on device", e.Message);
        Assert.Equal("T1\tDrug 0 7\tAspirin\n", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void A_folder_cut_short_never_appears_under_its_name()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "epoch-2");

        var e = Assert.ThrowsAny<IOException>(() => AtomicFile.WriteFolder(path, tmp =>
        {
            File.WriteAllText(Path.Combine(tmp, "weights.safetensors"), "complete");
            File.WriteAllText(Path.Combine(tmp, "optimizer.bin"), "cut");
            throw DiskFull(Path.Combine(tmp, "optimizer.bin"));
        }));

        Assert.Equal($"{path}: no space left on device", e.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    [Fact]
    public void A_folder_written_whole_holds_every_file()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "epoch-1");

        AtomicFile.WriteFolder(path, tmp => File.WriteAllText(Path.Combine(tmp, "generator.bin"), "state"));

        Assert.Equal("state", File.ReadAllText(Path.Combine(path, "generator.bin")));
        Assert.Equal([path], Directory.EnumerateFileSystemEntries(dir.Path));
    }
}
