using System.Text.RegularExpressions;

namespace ClinicalNer.Experiments.Cluster;

/// <summary>How each array task of a Slurm submission is placed and sized (<c>reproduce --scheduler slurm</c>).</summary>
public sealed partial record SlurmOptions
{
    /// <summary><c>--partition</c>, or null for the cluster's default.</summary>
    public string? Partition { get; init; }

    /// <summary><c>--account</c>, or null for the user's default.</summary>
    public string? Account { get; init; }

    /// <summary>Wall-time limit of each run, in a form <c>sbatch --time</c> takes (<c>HH:MM:SS</c>, <c>D-HH:MM:SS</c>, minutes), or null for the partition's default.</summary>
    public string? Time { get; init; }

    /// <summary>GPUs per run (<c>--gres=gpu:N</c>); above 0 the runs train on <c>cuda</c>.</summary>
    public int GpusPerRun { get; init; }

    /// <summary>CPUs per run (<c>--cpus-per-task</c>); also each run's torch thread count unless <c>--threads</c> names one.</summary>
    public int CpusPerRun { get; init; } = 1;

    /// <summary>The most array tasks that run at once (the array's <c>%N</c> throttle), or null for no limit.</summary>
    public int? MaxParallel { get; init; }

    /// <summary>Write the script without submitting it.</summary>
    public bool DryRun { get; init; }

    /// <summary>Fails on values <c>sbatch</c> would refuse, before anything is written.</summary>
    /// <exception cref="ArgumentException">Names the option and the value.</exception>
    public void Validate()
    {
        if (CpusPerRun < 1) throw new ArgumentException($"--cpus-per-run must be at least 1, not {CpusPerRun}");
        if (GpusPerRun < 0) throw new ArgumentException($"--gpus-per-run must be 0 or more, not {GpusPerRun}");
        if (MaxParallel is < 1) throw new ArgumentException($"--max-parallel must be at least 1, not {MaxParallel}");
        if (Time is { } time && !TimeLimit().IsMatch(time))
            throw new ArgumentException($"--time '{time}' is not a Slurm time limit (HH:MM:SS, D-HH:MM:SS, MM:SS or minutes)");
        foreach (var (name, value) in new[] { ("--partition", Partition), ("--account", Account) })
            if (value is not null && !SlurmName().IsMatch(value)) throw new ArgumentException($"{name} '{value}' is not a Slurm name");
    }

    [GeneratedRegex(@"^(\d+-\d{1,2}(:\d{2}){0,2}|\d+(:\d{2}){0,2})$")]
    private static partial Regex TimeLimit();

    [GeneratedRegex(@"^[A-Za-z0-9_.,+-]+$")]
    private static partial Regex SlurmName();
}
