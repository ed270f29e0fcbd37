using ClinicalNer.Training;

namespace ClinicalNer.Experiments;

/// <summary>
/// Brings one grid run to completion in <c>OUT/runs/NAME</c>: skipped when finished and evaluated, resumed from its
/// checkpoint when interrupted, trained when new, then evaluated (<c>metrics.json</c>). A folder that holds a run of
/// other settings is an error, never silently reused.
/// </summary>
public static class GridRunner
{
    /// <summary>The folder of <paramref name="run"/> under <paramref name="output"/>.</summary>
    public static string Folder(string output, GridRun run) => Path.Combine(output, "runs", run.Name);

    /// <summary>Completes <paramref name="run"/>; returns what was done.</summary>
    /// <exception cref="InvalidOperationException">The run folder holds a run with other settings.</exception>
    public static RunOutcome Complete(GridRun run, string output, TextWriter progress, CancellationToken cancellation = default)
    {
        var path = Folder(output, run);
        var configPath = Path.Combine(path, "config.json");
        bool complete = File.Exists(Path.Combine(path, "COMPLETED"));
        if (File.Exists(configPath)) CheckSameSettings(run, configPath);
        if (complete && File.Exists(Path.Combine(path, "metrics.json"))) return RunOutcome.Skipped;

        var outcome = RunOutcome.Evaluated;
        if (!complete)
        {
            bool resume = File.Exists(configPath);
            // Killed before its configuration was written, the folder holds nothing that a resume could use.
            if (!resume && Directory.Exists(path)) Directory.Delete(path, recursive: true);
            TrainingRun.Train(run.Config, path, resume, vocabFile: null, progress, cancellation);
            outcome = resume ? RunOutcome.Resumed : RunOutcome.Trained;
        }
        var (_, collapse) = RunEvaluation.Evaluate(path, run.Config.Data, run.Config.Device);
        if (collapse is not null) progress.WriteLine($"{run.Name}: warning: {collapse}");
        return outcome;
    }

    static void CheckSameSettings(GridRun run, string configPath)
    {
        if (Comparable(RunConfig.Load(configPath)) != Comparable(run.Config))
            throw new InvalidOperationException(
                $"{Path.GetDirectoryName(configPath)} holds a run with other settings (another preset, size, epochs or data?); choose another --out");
    }

    /// <summary>The settings that make a run what it is: not its start time, versions, threads, or what training fills in.</summary>
    static string Comparable(RunConfig config) =>
        (config with { Created = "", Versions = [], Threads = 0, VocabSource = "", VocabSize = null, LowerCase = false }).ToJson();
}
