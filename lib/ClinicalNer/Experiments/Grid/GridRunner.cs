using ClinicalNer.Inference;
using ClinicalNer.Training;
using ClinicalNer.Training.Runs;
using ClinicalNer.Training.Settings;
using TorchSharp;

namespace ClinicalNer.Experiments.Grid;

/// <summary>
/// Brings one grid run to completion in <c>OUT/runs/NAME</c>: skipped when done, resumed from its checkpoint when
/// interrupted, trained when new, then evaluated on the test set (<c>metrics.json</c>) when it is a final run.
/// The run folder's <see cref="RunLock"/> is held throughout, so two copies of a run never write it at once, and
/// <see cref="RunAttempt"/> records who works on it. A folder that holds a run of other settings is an error, never
/// silently reused.
/// </summary>
public static class GridRunner
{
    /// <summary>The folder of <paramref name="run"/> under <paramref name="output"/>.</summary>
    public static string Folder(string output, GridRun run) => Path.Combine(output, "runs", run.Name);

    /// <summary>The log of <paramref name="run"/> where no cluster names another: its run folder's <c>train.log</c>.</summary>
    public static string LogPath(string output, GridRun run) => Path.Combine(Folder(output, run), "train.log");

    /// <summary>
    /// True when <paramref name="run"/> is done: <c>COMPLETED</c> (written last by training) and, for a final run,
    /// <c>metrics.json</c> (written last by evaluation) that scored the final weights (<see cref="RunMetrics.AreCurrent"/>),
    /// so a run killed half-way, or scored before it finished, never looks done.
    /// </summary>
    public static bool IsDone(GridRun run, string output)
    {
        var folder = Folder(output, run);
        return File.Exists(Path.Combine(folder, "COMPLETED")) && (!run.ScoredOnTest || RunMetrics.AreCurrent(folder));
    }

    /// <summary>Completes <paramref name="run"/>, first waiting for any other process that holds its lock; returns what was done.</summary>
    /// <param name="run">The run.</param>
    /// <param name="output">The grid's output folder.</param>
    /// <param name="progress">Receives the trainer's progress and messages.</param>
    /// <param name="log">The log that <see cref="RunAttempt"/> names (a Slurm task's output); by default the run's <c>train.log</c>.</param>
    /// <param name="cancellation">Stops between batches; the last checkpoint stays.</param>
    /// <exception cref="InvalidOperationException">The run folder holds a run with other settings.</exception>
    public static RunOutcome Complete(GridRun run, string output, TextWriter progress, string? log = null, CancellationToken cancellation = default)
    {
        using var held = RunLock.Acquire(Folder(output, run), progress, cancellation);
        return CompleteLocked(run, output, held, progress, log, cancellation);
    }

    /// <summary>Like <see cref="Complete"/>, but returns null at once when another process holds the run's lock.</summary>
    public static RunOutcome? TryComplete(GridRun run, string output, TextWriter progress, CancellationToken cancellation = default)
    {
        using var held = RunLock.TryAcquire(Folder(output, run));
        return held is null ? null : CompleteLocked(run, output, held, progress, log: null, cancellation);
    }

    static RunOutcome CompleteLocked(GridRun run, string output, RunLock held, TextWriter progress, string? log, CancellationToken cancellation)
    {
        var path = Folder(output, run);
        var configPath = Path.Combine(path, "config.json");
        var recorded = File.Exists(configPath) ? RunConfig.Load(configPath) : null;
        if (recorded is not null) CheckSameSettings(run, recorded, configPath);
        if (IsDone(run, output)) return RunOutcome.Skipped;

        var attempt = RunAttempt.Begin(log ?? LogPath(output, run));
        attempt.Write(path);
        try
        {
            var outcome = RunOutcome.Evaluated;
            if (!File.Exists(Path.Combine(path, "COMPLETED")))
            {
                // Killed before its configuration was written, the folder holds nothing that a resume could use.
                if (recorded is null) ClearRun(path);
                // A resumed run keeps the thread count it recorded (TrainingRun), so it ends as it would have where it began.
                var config = run.Config with { Created = DateTime.UtcNow.ToString("O"), Versions = RunConfig.CurrentVersions(), Threads = recorded?.Threads ?? run.Config.Threads };
                TrainingRun.Train(config, path, resume: recorded is not null, vocabFile: null, progress, cancellation, held);
                outcome = recorded is null ? RunOutcome.Trained : RunOutcome.Resumed;
            }
            if (run.ScoredOnTest)
            {
                var trained = RunConfig.Load(configPath);
                if (trained.Threads > 0) torch.set_num_threads(trained.Threads);
                var (_, collapse) = RunEvaluation.Evaluate(path, trained.Data, trained.Device, held);
                if (collapse is not null) progress.WriteLine($"{run.Name}: warning: {collapse}");
            }
            return outcome;
        }
        catch (Exception e)
        {
            (attempt with { Error = e is OperationCanceledException ? "interrupted" : e.Message }).Write(path);
            throw;
        }
    }

    static void ClearRun(string path)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(path).Where(e => !RunFolder.IsBookkeeping(e)))
            if (Directory.Exists(entry)) Directory.Delete(entry, recursive: true);
            else File.Delete(entry);
    }

    static void CheckSameSettings(GridRun run, RunConfig recorded, string configPath)
    {
        if (Comparable(recorded) != Comparable(run.Config))
            throw new InvalidOperationException(
                $"{Path.GetDirectoryName(configPath)} holds a run with other settings (another preset, size, epochs or data?); choose another --out");
    }

    /// <summary>The settings that make a run what it is: not its start time, versions, threads, or what training fills in.</summary>
    static string Comparable(RunConfig config) =>
        (config with { Created = "", Versions = [], Threads = 0, VocabSource = "", VocabSize = null, LowerCase = false }).ToJson();
}
