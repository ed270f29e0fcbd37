using System.Diagnostics;
using ClinicalNer.Tests.Experiments.Cluster;
using ClinicalNer.Tests.Training;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Training;
using ClinicalNer.Training.Runs;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Tests.Cli;

/// <summary>The built program's <c>train</c> and <c>evaluate</c> hold a run folder's lock: one owner per run folder.</summary>
[Trait("Category", "Integration")]
public class RunOwnershipTests(TrainedRunFixture trained) : IClassFixture<TrainedRunFixture>
{
    static string[] TrainArguments(string data, string output) =>
        ["train", "--data", data, "--size", "tiny", "--epochs", "1", "--max-len", "32", "--vocab-size", "200", "--threads", "1", "--out", output];

    static Process Start(string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath is { } p && Path.GetFileName(p) == "dotnet" ? p : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "clinical-ner.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }

    [Fact]
    public void Train_and_evaluate_are_refused_a_folder_that_another_process_holds_naming_its_pid()
    {
        using var temp = new TempDir();
        var output = Path.Combine(temp.Path, "run");
        using (RunLock.Hold(trained.Run, Path.Combine(trained.Run, "train.log")))
        {
            var holder = $"in use by another process (pid {Environment.ProcessId} on {Environment.MachineName})";
            foreach (var args in new string[][] { ["evaluate", "--run", trained.Run, "--data", trained.Data], ["train", "--data", trained.Data, "--out", trained.Run, "--resume"] })
            {
                var (code, _, error) = BuiltCli.Run(args);
                Assert.Equal(1, code);
                Assert.Equal($"clinical-ner: {trained.Run}: {holder}; wait for it to end or choose another folder", error.Trim());
            }
        }
    }

    [Fact]
    public async Task Of_two_trainings_started_together_into_one_folder_exactly_one_succeeds()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 2, test: 1);
        var output = Path.Combine(temp.Path, "run");

        using var first = Start(TrainArguments(data, output));
        using var second = Start(TrainArguments(data, output));
        var outputs = new[] { first, second }.Select(p => p.StandardOutput.ReadToEndAsync()).ToArray();
        var errors = await Task.WhenAll(new[] { first, second }.Select(p => p.StandardError.ReadToEndAsync()));
        await Task.WhenAll(outputs);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await Task.WhenAll(first.WaitForExitAsync(timeout.Token), second.WaitForExitAsync(timeout.Token));

        Assert.Equal([0, 1], new[] { first.ExitCode, second.ExitCode }.Order());
        var (winner, loser) = first.ExitCode == 0 ? (first, errors[1]) : (second, errors[0]);
        // The loser met the winner's lock, or (had the winner already ended) its finished run; either way one line.
        Assert.Matches($@"^clinical-ner: {output}: (in use by another process \(pid {winner.Id} on .*\)|holds a finished run; choose another --out)", loser.Trim());
        Assert.DoesNotContain('\n', loser.Trim());
        Assert.Equal(0, BuiltCli.Run(["evaluate", "--run", output, "--data", data]).Code);
    }

    [Fact]
    public void Evaluate_refuses_an_unfinished_run_and_says_how_to_finish_it()
    {
        using var temp = new TempDir();
        var unfinished = Path.Combine(temp.Path, "unfinished");
        foreach (var file in Directory.EnumerateFiles(trained.Run).Where(f => Path.GetFileName(f) != "COMPLETED"))
            CopyTo(file, unfinished);

        var (code, _, error) = BuiltCli.Run(["evaluate", "--run", unfinished, "--data", trained.Data]);

        Assert.Equal(1, code);
        Assert.Equal($"clinical-ner: {unfinished}: unfinished run (no COMPLETED); finish it with: clinical-ner train --data {trained.Data} --out {unfinished} --resume",
                     error.Trim());
        Assert.False(File.Exists(Path.Combine(unfinished, "metrics.json")));
    }

    static void CopyTo(string file, string folder)
    {
        Directory.CreateDirectory(folder);
        File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
    }
}
