using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicalNer.Experiments.Cluster;

namespace ClinicalNer.Experiments.Grid;

/// <summary>
/// <c>reproduce --out DIR --status</c>: every run planned into DIR with its state, the log of each failed one and the
/// Slurm job of each submitted one that has not started, as text or as JSON. Everything comes from the output folder.
/// </summary>
/// <param name="Output">The output folder.</param>
/// <param name="Runs">The runs and their states.</param>
/// <param name="Submissions">The Slurm submissions recorded there.</param>
public sealed record GridStatusReport(string Output, ImmutableArray<GridRunStatus> Runs, ImmutableArray<SlurmSubmission> Submissions)
{
    /// <summary>The report of <paramref name="output"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">No grid was planned there.</exception>
    public static GridStatusReport Read(string output)
    {
        if (!Directory.Exists(GridRunFile.Folder(output)))
            throw new DirectoryNotFoundException($"{output} holds no grid (no {GridRunFile.Folder(output)}); run `reproduce --out {output}` first");
        return new GridStatusReport(output, GridRunStatus.All(output), SlurmSubmission.ReadAll(output));
    }

    /// <summary>How many runs are in <paramref name="state"/>.</summary>
    public int Count(RunState state) => Runs.Count(r => r.State == state);

    /// <summary>The log that tells why a run failed: its last attempt's (a Slurm task's output), else its <c>train.log</c>.</summary>
    public string? Log(GridRunStatus status) =>
        status.State == RunState.Failed ? status.Attempt?.Log ?? GridRunner.LogPath(Output, status.Run) : null;

    /// <summary>The latest Slurm submission that holds <paramref name="run"/>, with its array task index.</summary>
    public (SlurmSubmission Submission, int Task)? LatestSubmission(GridRun run) =>
        Submissions.Reverse().Select(s => (Submission: s, Task: s.Runs.IndexOf(run.Name))).Where(x => x.Task >= 0)
                   .Select(x => ((SlurmSubmission, int)?)x).FirstOrDefault();

    /// <summary>One line per run, then the counts.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        int width = Runs.IsEmpty ? 0 : Runs.Max(r => r.Run.Name.Length);
        foreach (var status in Runs)
        {
            var line = $"{status.State.ToString().ToLowerInvariant(),-8} {status.Run.Name.PadRight(width)}  {Detail(status)}";
            text.Append(line.TrimEnd()).Append('\n');
        }
        return text.Append(Summary()).Append('\n').ToString();
    }

    /// <summary><c>4 runs: 2 done, 1 running, 1 failed, 0 pending</c>.</summary>
    public string Summary() =>
        $"{Runs.Length} runs: {Count(RunState.Done)} done, {Count(RunState.Running)} running, {Count(RunState.Failed)} failed, {Count(RunState.Pending)} pending";

    /// <summary>
    /// <c>{"output", "runs": [{"name", "state", "log", "host", "pid", "slurm_job", "error"}], "done", "running", "failed", "pending"}</c>,
    /// with null where a field does not apply.
    /// </summary>
    public string ToJson()
    {
        var runs = new JsonArray();
        foreach (var status in Runs)
        {
            var submission = status.State == RunState.Pending ? LatestSubmission(status.Run) : null;
            runs.Add(new JsonObject
            {
                ["name"] = status.Run.Name,
                ["state"] = status.State.ToString().ToLowerInvariant(),
                ["log"] = Log(status),
                ["host"] = status.Attempt?.Host,
                ["pid"] = status.Attempt?.Pid,
                ["slurm_job"] = status.Attempt?.SlurmJob ?? (submission is { } s ? $"{s.Submission.JobId}_{s.Task}" : null),
                ["error"] = status.State == RunState.Failed ? status.Attempt?.Error : null,
            });
        }
        var root = new JsonObject
        {
            ["output"] = Path.GetFullPath(Output),
            ["runs"] = runs,
            ["done"] = Count(RunState.Done),
            ["running"] = Count(RunState.Running),
            ["failed"] = Count(RunState.Failed),
            ["pending"] = Count(RunState.Pending),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    string? Detail(GridRunStatus status) => status.State switch
    {
        RunState.Running => status.Attempt?.Describe(),
        RunState.Failed => $"log: {Log(status)}{(status.Attempt?.Error is { } error ? $" (error: {error})" : "")}",
        RunState.Pending => LatestSubmission(status.Run) is { } s ? $"submitted as Slurm job {s.Submission.JobId}_{s.Task}, not started" : null,
        _ => null,
    };
}
