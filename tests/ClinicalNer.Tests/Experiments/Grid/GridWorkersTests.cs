using ClinicalNer.Charts;
using ClinicalNer.Experiments;
using ClinicalNer.Experiments.Grid;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Tests.Training;

namespace ClinicalNer.Tests.Experiments.Grid;

/// <summary><c>reproduce --jobs N</c>: grid runs side by side, each in a child <c>clinical-ner grid-run</c> process.</summary>
[Trait("Category", "Integration")]
public class GridWorkersTests
{
    /// <summary>The built program beside the tests, started the way <c>reproduce</c> starts it.</summary>
    static readonly string[] Program =
        [Environment.ProcessPath is { } p && Path.GetFileName(p) == "dotnet" ? p : "dotnet", Path.Combine(AppContext.BaseDirectory, "clinical-ner.dll")];

    static ReproduceOptions Tiny(string data, string output, int epochs) => new()
    {
        Data = data,
        Output = output,
        Models = [GridModel.Named("transformer-crf"), GridModel.Named("bilstm-crf")],
        Size = ModelSize.Tiny,
        Epochs = epochs,
        Threads = 1,
    };

    /// <summary>results.csv without its train_seconds column, which measures the machine, not the model.</summary>
    static string[] ScoresOf(string output)
    {
        var lines = File.ReadAllLines(Path.Combine(output, "results.csv"));
        int seconds = Array.IndexOf(lines[0].Split(','), "train_seconds");
        Assert.True(seconds >= 0, lines[0]);
        return [.. lines.Select(line => string.Join(',', line.Split(',').Where((_, i) => i != seconds)))];
    }

    [Fact]
    public void Runs_side_by_side_score_exactly_as_runs_one_after_another()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 4, test: 2);
        var serial = Path.Combine(temp.Path, "serial");
        var parallel = Path.Combine(temp.Path, "parallel");
        var progress = new StringWriter();

        Reproduction.Run(Tiny(data, serial, 2), [], PlotlyJsMode.None, TextWriter.Null);
        var summary = Reproduction.Run(Tiny(data, parallel, 2), [], PlotlyJsMode.None, progress, workers: new GridWorkers(Program, jobs: 2));

        Assert.All(summary.Outcomes, o => Assert.Equal(RunOutcome.Trained, o.Outcome));
        Assert.Equal(ScoresOf(serial), ScoresOf(parallel));
        // Every child's progress reaches the parent with its run's name in front.
        foreach (var (run, _) in summary.Outcomes)
            Assert.Contains($"[{run}] epoch 2/2", progress.ToString());
    }

    [Fact]
    public void A_run_that_fails_in_its_process_fails_the_grid_with_its_name_its_error_and_its_log()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 4, test: 1);
        var output = Path.Combine(temp.Path, "out");
        Reproduction.Run(Tiny(data, output, 1) with { Variants = [GridVariant.Named("full")], Models = [GridModel.Named("transformer-crf")] },
                         [], PlotlyJsMode.None, TextWriter.Null);
        var before = File.ReadAllText(Path.Combine(output, "results.csv"));

        // Two epochs where the finished run trained one: its folder holds other settings, which grid-run refuses.
        var error = Assert.Throws<InvalidOperationException>(() =>
            Reproduction.Run(Tiny(data, output, 2), [], PlotlyJsMode.None, TextWriter.Null, workers: new GridWorkers(Program, jobs: 2)));

        var run = Path.Combine(output, "runs", "transformer-crf-full-seed1");
        Assert.StartsWith("transformer-crf-full-seed1 failed (exit 1): clinical-ner: ", error.Message);
        Assert.Contains($"{run} holds a run with other settings", error.Message);
        Assert.EndsWith($"its log: {Path.Combine(run, "train.log")}", error.Message);
        // No outputs are written from a grid that failed.
        Assert.Equal(before, File.ReadAllText(Path.Combine(output, "results.csv")));
    }

    [Fact]
    public async Task A_cancelled_grid_stops_its_processes_and_the_next_call_resumes_their_runs()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 4, test: 1);
        var output = Path.Combine(temp.Path, "out");
        var options = Tiny(data, output, 40) with { Models = [GridModel.Named("transformer-crf")] };
        var workers = new GridWorkers(Program, jobs: 2);
        using var cancellation = new CancellationTokenSource();
        var runs = Path.Combine(output, "runs");
        var cancelling = Task.Run(() =>
        {
            // Cancel once both runs have a checkpoint.
            while (!Directory.Exists(runs) || Directory.EnumerateFiles(runs, "state.json", SearchOption.AllDirectories).Count() < 2) Thread.Sleep(50);
            cancellation.Cancel();
        });

        Assert.ThrowsAny<OperationCanceledException>(() => Reproduction.Run(options, [], PlotlyJsMode.None, TextWriter.Null, cancellation.Token, workers));
        await cancelling;
        Assert.Empty(Directory.EnumerateFiles(runs, "COMPLETED", SearchOption.AllDirectories));

        var summary = Reproduction.Run(options, [], PlotlyJsMode.None, TextWriter.Null, workers: workers);

        Assert.All(summary.Outcomes, o => Assert.Equal(RunOutcome.Resumed, o.Outcome));
        // Resumed exactly: the scores of the same grid run without a stop.
        var whole = Path.Combine(temp.Path, "whole");
        Reproduction.Run(options with { Output = whole }, [], PlotlyJsMode.None, TextWriter.Null);
        Assert.Equal(ScoresOf(whole), ScoresOf(output));
    }
}
