using System.Collections.Immutable;
using ClinicalNer.Training;
using ClinicalNer.Training.Runs;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Experiments.Grid;

/// <summary>A grid run and where it stands.</summary>
/// <param name="Run">The run.</param>
/// <param name="State">Its state.</param>
/// <param name="Attempt">The latest attempt at it (who, which log, which error), null when never started.</param>
public sealed record GridRunStatus(GridRun Run, RunState State, RunAttempt? Attempt)
{
    /// <summary>The state of <paramref name="run"/> in <paramref name="output"/>.</summary>
    public static GridRunStatus Of(GridRun run, string output)
    {
        var folder = GridRunner.Folder(output, run);
        var attempt = RunAttempt.Read(folder);
        var state = GridRunner.IsDone(run, output) ? RunState.Done
                  : RunLock.IsHeld(folder) ? RunState.Running
                  : attempt is not null || File.Exists(Path.Combine(folder, "config.json")) ? RunState.Failed
                  : RunState.Pending;
        return new GridRunStatus(run, state, attempt);
    }

    /// <summary>Every run planned into <paramref name="output"/> (its <c>grid/</c> files), with its state.</summary>
    public static ImmutableArray<GridRunStatus> All(string output) => [.. GridRunFile.ReadAll(output).Select(run => Of(run, output))];
}
