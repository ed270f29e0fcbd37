using System.Diagnostics;
using ClinicalNer.Experiments;
using ClinicalNer.Experiments.Grid;
using ClinicalNer.Tests.Training;
using ClinicalNer.Training;
using ClinicalNer.Training.Runs;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Tests.Experiments;

/// <summary>The built <c>clinical-ner</c> program killed with SIGKILL part-way through a grid, then started again.</summary>
[Trait("Category", "Integration")]
public class ReproduceKillTests
{
    static Process Reproduce(string data, string output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "clinical-ner.dll"), "reproduce", "--data", data, "--out", output,
                                         "--models", "transformer-crf,bilstm-crf", "--size", "tiny", "--epochs", "3", "--threads", "1", "--jobs", "1", "--plotly-js", "none" })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    [Fact]
    public void Grid_killed_part_way_finishes_on_the_next_start_without_redoing_finished_runs()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 4, test: 1);
        var output = Path.Combine(temp.Path, "out");
        var runs = Path.Combine(output, "runs");
        var first = Path.Combine(runs, "transformer-crf-full-seed1");

        // Kill -9 once the first run is finished and the second has written a checkpoint.
        using (var process = Reproduce(data, output))
        {
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (!(File.Exists(Path.Combine(first, "metrics.json")) &&
                     Directory.EnumerateFiles(runs, "state.json", SearchOption.AllDirectories).Count() >= 2))
            {
                Assert.False(process.HasExited, "reproduce ended before it could be killed");
                Assert.True(DateTime.UtcNow < deadline, "no second checkpoint within 3 minutes");
                Thread.Sleep(50);
            }
            process.Kill(entireProcessTree: true); // SIGKILL: no handler runs
            process.WaitForExit();
        }
        var finishedAt = File.GetLastWriteTimeUtc(Path.Combine(first, "COMPLETED"));
        Assert.False(File.Exists(Path.Combine(output, "results.csv")));
        // The kill released every run lock, and the status names the killed run as failed, with its log.
        Assert.All(Directory.EnumerateDirectories(runs), folder => Assert.False(RunLock.IsHeld(folder), folder));
        var killed = Assert.Single(GridStatusReport.Read(output).Runs, r => r.State == RunState.Failed);
        Assert.Equal(Path.Combine(runs, killed.Run.Name, "train.log"), killed.Attempt!.Log);

        using (var again = Reproduce(data, output))
        {
            Assert.True(again.WaitForExit(TimeSpan.FromMinutes(3)), "the restarted grid did not finish");
            Assert.Equal(0, again.ExitCode);
        }
        Assert.Equal(finishedAt, File.GetLastWriteTimeUtc(Path.Combine(first, "COMPLETED")));
        Assert.Equal(4, Directory.EnumerateFiles(runs, "COMPLETED", SearchOption.AllDirectories).Count());
        Assert.Equal(5, File.ReadAllLines(Path.Combine(output, "results.csv")).Length);
        // The run that was killed resumed from its last checkpoint instead of starting over.
        Assert.Contains(Directory.EnumerateFiles(runs, "train.log", SearchOption.AllDirectories),
                        log => File.ReadAllText(log).Contains("resume after epoch", StringComparison.Ordinal));
    }
}
