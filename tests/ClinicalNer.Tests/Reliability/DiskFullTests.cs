using System.Diagnostics;
using ClinicalNer.Tests.Training;

namespace ClinicalNer.Tests.Reliability;

/// <summary>
/// Training into a 1 MiB file system that fills up while the second epoch's checkpoint is written. The file system is
/// a tmpfs mounted in a private mount namespace (<c>unshare --mount</c>), which disappears with the process: the
/// machine's mounts are never touched. It needs root (as CI runs); elsewhere the test skips.
/// </summary>
[Trait("Category", "Integration")]
public class DiskFullTests
{
    [SkippableFact]
    public void A_checkpoint_cut_short_by_a_full_disk_leaves_no_debris_and_one_error_naming_it()
    {
        RequiresTool.Skip(Environment.IsPrivilegedProcess && File.Exists("/usr/bin/unshare"), "a tmpfs in a private mount namespace needs root and unshare");
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 3, test: 1);
        var disk = Directory.CreateDirectory(Path.Combine(temp.Path, "disk")).FullName;
        var dotnet = Environment.ProcessPath is { } p && Path.GetFileName(p) == "dotnet" ? p : "dotnet";
        // Inside the namespace: mount, train, then list what is left with sizes, since the files vanish with the mount.
        // The disk's 1 MB holds the first epoch's checkpoint of this model (no character CNN) and not the second's.
        var script = "mount -t tmpfs -o size=1m tmpfs \"$DISK\" || exit 99; \"$@\"; echo \"exit $?\"; cd \"$DISK\" && find . -printf '%y %s %p\\n' | sort -k3";
        var start = new ProcessStartInfo("/usr/bin/unshare") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DISK"] = disk;
        foreach (var arg in new[] { "--mount", "--propagation", "private", "sh", "-c", script, "sh", dotnet,
                                    Path.Combine(AppContext.BaseDirectory, "clinical-ner.dll"), "train", "--data", data, "--size", "tiny",
                                    "--epochs", "3", "--vocab-size", "200", "--threads", "1", "--char-cnn", "false",
                                    "--out", Path.Combine(disk, "run") })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var listing = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "training into the full disk did not end");
        RequiresTool.Skip(process.ExitCode != 99, "mounting a tmpfs was refused");

        Assert.Contains("exit 1\n", listing);
        var failure = Assert.Single(error.Result.Split('\n', '\r'), l => l.StartsWith("clinical-ner: ", StringComparison.Ordinal));
        Assert.Equal($"clinical-ner: {Path.Combine(disk, "run", "checkpoint", "epoch-2")}: no space left on device", failure);
        Assert.DoesNotContain(".tmp", listing);
        // Only the first epoch's checkpoint is there, whole, and the state names it.
        Assert.DoesNotContain("epoch-2", listing);
        Assert.Contains("./run/checkpoint/epoch-1/generator.bin", listing);
        Assert.Contains("./run/checkpoint/epoch-1/optimizer.bin", listing);
        Assert.Contains("./run/checkpoint/epoch-1/weights.safetensors", listing);
    }
}
