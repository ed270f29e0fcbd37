using System.Collections.Immutable;
using ClinicalNer.Experiments.Grid;
using ClinicalNer.Runtime;

namespace ClinicalNer.Experiments.Cluster;

/// <summary>
/// <c>reproduce --scheduler slurm</c>: the grid's unfinished runs as one Slurm job array. Runs that are done, that a
/// live process holds, or whose array task of an earlier submission Slurm still lists, are left out, so submitting
/// again after a cancelled task or a failure completes the grid without redoing anything. The output folder must be
/// on a file system that the nodes share.
/// </summary>
public static class SlurmReproduction
{
    /// <summary>Writes the job script of the unfinished runs of <paramref name="options"/> and, unless a dry run, submits it.</summary>
    /// <param name="options">The grid; its <see cref="ReproduceOptions.Threads"/> pins each run's threads.</param>
    /// <param name="slurm">Placement and size of each array task.</param>
    /// <param name="program">The command that starts the built <c>clinical-ner</c>, absolute paths.</param>
    /// <exception cref="InvalidOperationException">Slurm is not installed (and not a dry run), or sbatch refused the job.</exception>
    /// <exception cref="ArgumentException">A Slurm option is invalid, or the output folder is not allowed for the data.</exception>
    public static ClusterSubmission Submit(ReproduceOptions options, SlurmOptions slurm, IReadOnlyList<string> program)
    {
        slurm.Validate();
        if (!slurm.DryRun) Sbatch.Require();
        var statuses = Reproduction.Prepare(options).Select(run => GridRunStatus.Of(run, options.Output)).ToImmutableArray();
        var queued = QueuedRuns(options.Output);
        ImmutableArray<string> Named(Func<GridRunStatus, bool> include) => [.. statuses.Where(include).Select(s => s.Run.Name)];
        var todo = Named(s => s.State is RunState.Pending or RunState.Failed && !queued.Contains(s.Run.Name));
        var running = Named(s => s.State is RunState.Running || s.State is not RunState.Done && queued.Contains(s.Run.Name));
        var done = Named(s => s.State is RunState.Done);
        if (todo.IsEmpty) return new ClusterSubmission(null, null, [], running, done);

        Directory.CreateDirectory(SlurmArrayScript.LogFolder(options.Output));
        var submitted = DateTime.UtcNow;
        var script = Path.Combine(Path.GetFullPath(options.Output), "slurm", $"reproduce-{submitted:yyyyMMdd-HHmmss-fff}.sh");
        AtomicFile.WriteAllText(script, SlurmArrayScript.Text(options.Output, todo, program, slurm, options.Threads));
        if (slurm.DryRun) return new ClusterSubmission(script, null, todo, running, done);

        var jobId = Sbatch.Submit(script);
        new SlurmSubmission(jobId, script, todo, submitted.ToString("O")).Append(options.Output);
        return new ClusterSubmission(script, jobId, todo, running, done);
    }

    /// <summary>Runs of earlier submissions whose array task Slurm still lists (waiting or starting): submitting them again would only make a second copy wait.</summary>
    static ImmutableHashSet<string> QueuedRuns(string output)
    {
        var submissions = SlurmSubmission.ReadAll(output);
        var listed = Squeue.Listed(submissions.Select(s => s.JobId));
        return [.. from s in submissions
                   from task in Enumerable.Range(0, s.Runs.Length)
                   where listed.Contains($"{s.JobId}_{task}")
                   select s.Runs[task]];
    }
}
