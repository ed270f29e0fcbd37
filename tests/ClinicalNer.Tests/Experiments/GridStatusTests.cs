using System.Text.Json;
using ClinicalNer.Experiments;
using ClinicalNer.Experiments.Grid;
using ClinicalNer.Models;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Tests.Training;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Training;
using ClinicalNer.Training.Runs;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Tests.Experiments;

public class GridStatusTests
{
    [Fact]
    public void Status_reads_done_running_failed_and_pending_from_the_run_folders()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 4, test: 1);
        var output = Path.Combine(temp.Path, "out");
        var options = new ReproduceOptions { Data = data, Output = output, Models = [GridModel.Named("transformer-crf"), GridModel.Named("transformer-apt")], Size = ModelSize.Tiny, Epochs = 1, Threads = 1 };
        var plan = Reproduction.Prepare(options);
        var (done, running, failed, pending) = (plan[0], plan[1], plan[2], plan[3]);

        Assert.Equal(RunOutcome.Trained, GridRunner.Complete(done, output, TextWriter.Null));
        using var holder = RunLock.TryAcquire(GridRunner.Folder(output, running))!;
        new RunAttempt("node3", 17, "2026-01-01T00:00:00Z", "/out/slurm/logs/41_1.log", "41_1").Write(GridRunner.Folder(output, running));
        new RunAttempt("node4", 18, "2026-01-01T00:00:00Z", "/out/slurm/logs/41_2.log", "41_2", "out of memory").Write(GridRunner.Folder(output, failed));

        var report = GridStatusReport.Read(output);

        Assert.Equal(plan.Select(r => r.Name).Order(StringComparer.Ordinal), report.Runs.Select(r => r.Run.Name));
        var states = report.Runs.ToDictionary(r => r.Run.Name, r => r.State);
        Assert.Equal([RunState.Done, RunState.Running, RunState.Failed, RunState.Pending],
                     new[] { done, running, failed, pending }.Select(r => states[r.Name]));
        var lines = report.ToText().Split('\n');
        Assert.Contains(lines, l => l.StartsWith("failed   " + failed.Name, StringComparison.Ordinal) && l.EndsWith("  log: /out/slurm/logs/41_2.log (error: out of memory)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("running  " + running.Name, StringComparison.Ordinal) && l.EndsWith("pid 17 on node3, Slurm job 41_1", StringComparison.Ordinal));
        Assert.Contains("4 runs: 1 done, 1 running, 1 failed, 1 pending", lines);
        using var json = JsonDocument.Parse(report.ToJson());
        var failedJson = json.RootElement.GetProperty("runs").EnumerateArray().Single(r => r.GetProperty("name").GetString() == failed.Name);
        Assert.Equal(("failed", "/out/slurm/logs/41_2.log"), (failedJson.GetProperty("state").GetString(), failedJson.GetProperty("log").GetString()));
        Assert.Equal(1, json.RootElement.GetProperty("pending").GetInt32());
    }

    /// <summary>A tiny transformer-apt run of 2 epochs, planned into OUT and interrupted after its first epoch.</summary>
    static (string Output, GridRun Run) InterruptedRun(TempDir temp)
    {
        var output = Path.Combine(temp.Path, "out");
        var options = new ReproduceOptions { Data = TinyRun.Corpus(temp.Path, train: 4, test: 1), Output = output, Models = [GridModel.Named("transformer-apt")], Size = ModelSize.Tiny, Epochs = 2, Threads = 1 };
        var run = Reproduction.Prepare(options)[0];
        using var cancellation = new CancellationTokenSource();
        Assert.ThrowsAny<OperationCanceledException>(() => GridRunner.Complete(run, output, new CancelOnEpochEnd(cancellation), cancellation: cancellation.Token));
        return (output, run);
    }

    [Trait("Category", "Integration")]
    [Fact]
    public void A_run_killed_before_it_finished_is_failed_with_its_train_log_and_the_next_attempt_resumes_it()
    {
        using var temp = new TempDir();
        var (output, run) = InterruptedRun(temp);

        var status = GridStatusReport.Read(output);
        var stopped = status.Runs.Single(r => r.Run.Name == run.Name);
        Assert.Equal(RunState.Failed, stopped.State);
        Assert.Equal(Path.Combine(GridRunner.Folder(output, run), "train.log"), status.Log(stopped));
        Assert.Equal("interrupted", stopped.Attempt!.Error);

        Assert.Equal(RunOutcome.Resumed, GridRunner.Complete(run, output, TextWriter.Null));
        Assert.Equal(RunState.Done, GridStatusReport.Read(output).Runs.Single(r => r.Run.Name == run.Name).State);
    }

    [Trait("Category", "Integration")]
    [Fact]
    public void A_run_records_the_thread_count_it_ran_with_and_keeps_it_when_it_resumes()
    {
        using var temp = new TempDir();
        var (output, run) = InterruptedRun(temp);

        // Planned again with another thread count (another machine), the run continues with the one it started with.
        GridRunner.Complete(run with { Config = run.Config with { Threads = 2 } }, output, TextWriter.Null);

        Assert.Equal(1, RunConfig.Load(Path.Combine(GridRunner.Folder(output, run), "config.json")).Threads);
        Assert.Equal(1, TorchSharp.torch.get_num_threads());
    }

    /// <summary>Cancels its token when the trainer ends an epoch's progress line (honoured at the next batch).</summary>
    sealed class CancelOnEpochEnd(CancellationTokenSource source) : StringWriter
    {
        public override void WriteLine() => source.Cancel();
    }
}
