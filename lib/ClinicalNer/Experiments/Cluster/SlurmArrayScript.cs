using System.Collections.Immutable;
using System.Text;
using ClinicalNer.Experiments.Grid;

namespace ClinicalNer.Experiments.Cluster;

/// <summary>
/// The <c>sbatch</c> job-array script of a grid: one array task per run, each running
/// <c>PROGRAM grid-run OUT/grid/NAME.json</c> with the built program by its path (never <c>dotnet run</c>, whose
/// concurrent builds collide), its thread count pinned, its output in <c>OUT/slurm/logs/JOBID_TASK.log</c>.
/// </summary>
public static class SlurmArrayScript
{
    /// <summary>The log of array task <paramref name="task"/> of job <paramref name="jobId"/>.</summary>
    public static string LogPath(string output, string jobId, int task) => Path.Combine(LogFolder(output), $"{jobId}_{task}.log");

    /// <summary>Where the array tasks' logs go.</summary>
    public static string LogFolder(string output) => Path.Combine(Path.GetFullPath(output), "slurm", "logs");

    /// <summary>The script.</summary>
    /// <param name="output">The grid's output folder, on a file system that every node sees.</param>
    /// <param name="runs">The runs, by array task index.</param>
    /// <param name="program">The command that starts the built <c>clinical-ner</c> (its apphost, or <c>dotnet</c> and its dll), absolute paths.</param>
    /// <param name="options">Placement and size of each task.</param>
    /// <param name="threads">torch threads of each run.</param>
    public static string Text(string output, ImmutableArray<string> runs, IReadOnlyList<string> program, SlurmOptions options, int threads)
    {
        if (runs.IsDefaultOrEmpty) throw new ArgumentException("a job array needs at least one run");
        var outputPath = Path.GetFullPath(output);
        var text = new StringBuilder("#!/bin/bash\n");
        void Directive(string value) => text.Append("#SBATCH ").Append(value).Append('\n');
        Directive($"--job-name=clinical-ner-{Path.GetFileName(Path.TrimEndingDirectorySeparator(outputPath))}");
        Directive($"--array=0-{runs.Length - 1}{(options.MaxParallel is { } max ? $"%{max}" : "")}");
        Directive("--ntasks=1");
        Directive($"--cpus-per-task={options.CpusPerRun}");
        if (options.GpusPerRun > 0) Directive($"--gres=gpu:{options.GpusPerRun}");
        if (options.Partition is { } partition) Directive($"--partition={partition}");
        if (options.Account is { } account) Directive($"--account={account}");
        if (options.Time is { } time) Directive($"--time={time}");
        Directive($"--output={Path.Combine(LogFolder(output), "%A_%a.log")}");
        text.Append($"""
            #
            # Written by `clinical-ner reproduce --scheduler slurm` on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC for {outputPath}.
            # Array task i completes run i of the list below from its file grid/NAME.json: it resumes the run from its
            # last checkpoint if an earlier attempt left one, waits while another process holds the run's lock, and
            # writes COMPLETED last. `clinical-ner reproduce --out DIR --status` shows where each run stands; the same
            # reproduce command again submits only the runs that are not finished.
            set -euo pipefail
            runs=(

            """);
        foreach (var run in runs) text.Append("  ").Append(run).Append('\n');
        text.Append(")\n");
        text.Append("run=${runs[$SLURM_ARRAY_TASK_ID]}\n");
        text.Append($"export OMP_NUM_THREADS={threads} MKL_NUM_THREADS={threads}\n");
        text.Append("exec ").Append(string.Join(' ', program.Select(Quote)))
            .Append(" grid-run ").Append(Quote(GridRunFile.Folder(outputPath) + "/")).Append("\"$run.json\"")
            .Append(" --log ").Append(Quote(LogFolder(output) + "/")).Append("\"${SLURM_ARRAY_JOB_ID}_${SLURM_ARRAY_TASK_ID}.log\"\n");
        return text.ToString();
    }

    /// <summary>A word for bash, single-quoted.</summary>
    static string Quote(string word) => "'" + word.Replace("'", "'\\''") + "'";
}
