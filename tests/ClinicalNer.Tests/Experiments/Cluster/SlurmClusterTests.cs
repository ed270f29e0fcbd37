using System.Text.Json;
using ClinicalNer.Experiments;
using ClinicalNer.Experiments.Cluster;
using ClinicalNer.Tests.Training;

namespace ClinicalNer.Tests.Experiments.Cluster;

/// <summary>
/// A grid through the real <c>sbatch</c> of a running Slurm cluster (CI starts a one-node one with
/// <c>.ci/slurm-cluster start</c>), against the same grid run locally.
/// </summary>
[Trait("Category", "Integration")]
public class SlurmClusterTests
{
    static readonly string[] Runs = ["transformer-crf-full-seed1", "transformer-crf-sambd-seed1", "bilstm-crf-full-seed1", "bilstm-crf-sambd-seed1"];

    static bool ClusterIsUp() =>
        BuiltCli.Tool("sinfo", "-h", "-o", "%T") is (0, var states) && states.Split('\n').Any(s => s.Trim() is "idle" or "mixed" or "allocated");

    static string[] Grid(string data, string output, params string[] more) =>
        ["reproduce", "--data", data, "--out", output, "--models", "transformer-crf,bilstm-crf", "--size", "tiny", "--epochs", "3",
         "--threads", "1", "--plotly-js", "none", .. more];

    static string[] Slurm(string data, string output) => Grid(data, output, "--scheduler", "slurm", "--cpus-per-run", "1", "--max-parallel", "1", "--time", "00:10:00");

    static void Succeeds((int Code, string Output, string Error) result) => Assert.True(result.Code == 0, result.Output + result.Error);

    static void Until(Func<bool> condition, string what, int seconds = 300)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"{what} within {seconds} s");
            Thread.Sleep(50);
        }
    }

    /// <summary>Waits until Slurm no longer lists the job as pending, running or completing (squeue; no accounting needed).</summary>
    static void WaitForJob(string jobId) =>
        Until(() => BuiltCli.Tool("squeue", "-h", "-j", jobId) is not (0, { Length: > 0 } listed) || listed.Trim().Length == 0, $"Slurm job {jobId} ends");

    static JsonElement Status(string output)
    {
        var (code, json, error) = BuiltCli.Run(["reproduce", "--out", output, "--status", "--json"]);
        Assert.True(code == 0, error);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    static string StateOf(JsonElement status, string run) =>
        status.GetProperty("runs").EnumerateArray().Single(r => r.GetProperty("name").GetString() == run).GetProperty("state").GetString()!;

    [SkippableFact]
    public void A_grid_with_a_cancelled_task_completes_on_resubmission_and_equals_the_same_grid_run_locally()
    {
        RequiresTool.Skip(ClusterIsUp(), "no Slurm cluster is running here (start one with .ci/slurm-cluster start)");
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 8, test: 2);
        var local = Path.Combine(temp.Path, "local");
        var cluster = Path.Combine(temp.Path, "cluster");
        Succeeds(BuiltCli.Run(Grid(data, local)));

        // One task at a time; the second is cancelled as soon as it has started its run.
        Succeeds(BuiltCli.Run(Slurm(data, cluster)));
        var first = Assert.Single(SlurmSubmission.ReadAll(cluster));
        Assert.Equal(Runs, first.Runs);
        // Submitting again while the array is queued or running sends nothing twice.
        var meanwhile = BuiltCli.Run(Slurm(data, cluster));
        Succeeds(meanwhile);
        Assert.Contains("nothing to submit", meanwhile.Output);
        Assert.Single(SlurmSubmission.ReadAll(cluster));
        var cancelled = Path.Combine(cluster, "runs", Runs[1]);
        Until(() => File.Exists(Path.Combine(cancelled, "attempt.json")), "the second array task starts");
        Assert.Equal(0, BuiltCli.Tool("scancel", $"{first.JobId}_1")?.Code);
        WaitForJob(first.JobId);

        var status = Status(cluster);
        Assert.False(File.Exists(Path.Combine(cancelled, "COMPLETED")), "the cancelled run finished before scancel reached it");
        Assert.Equal(["done", "failed", "done", "done"], Runs.Select(run => StateOf(status, run)));
        var failed = status.GetProperty("runs").EnumerateArray().Single(r => r.GetProperty("name").GetString() == Runs[1]);
        Assert.Equal(first.Log(cluster, 1), failed.GetProperty("log").GetString());
        Assert.True(File.Exists(first.Log(cluster, 1)));
        var finishedAt = Runs.Where(r => r != Runs[1]).ToDictionary(r => r, r => File.GetLastWriteTimeUtc(Path.Combine(cluster, "runs", r, "COMPLETED")));

        // Submitting again sends only the cancelled run.
        Succeeds(BuiltCli.Run(Slurm(data, cluster)));
        var second = SlurmSubmission.ReadAll(cluster)[^1];
        Assert.Equal([Runs[1]], second.Runs.AsEnumerable());
        WaitForJob(second.JobId);
        var last = BuiltCli.Run(Slurm(data, cluster));
        Succeeds(last);
        Assert.Contains("every run is done; nothing to submit", last.Output);
        Assert.Equal(2, SlurmSubmission.ReadAll(cluster).Length);

        Assert.Equal(4, Status(cluster).GetProperty("done").GetInt32());
        Assert.Equal(finishedAt, finishedAt.Keys.ToDictionary(r => r, r => File.GetLastWriteTimeUtc(Path.Combine(cluster, "runs", r, "COMPLETED"))));
        foreach (var run in Runs)
            foreach (var file in new[] { "model.safetensors", "metrics.json", "vocab.txt" })
                Assert.True(File.ReadAllBytes(Path.Combine(local, "runs", run, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(cluster, "runs", run, file))),
                            $"{run}/{file} differs between the local and the Slurm run");
        Assert.Equal(WithoutTimes(Path.Combine(local, "results.csv")), WithoutTimes(Path.Combine(cluster, "results.csv")));
    }

    /// <summary>The results table with every <c>train_seconds</c> zero: the one thing that differs between machines.</summary>
    static string WithoutTimes(string csv)
    {
        var table = ResultTable.Read(csv);
        return (table with { Rows = [.. table.Rows.Select(r => r with { TrainSeconds = 0 })] }).ToCsv();
    }
}
