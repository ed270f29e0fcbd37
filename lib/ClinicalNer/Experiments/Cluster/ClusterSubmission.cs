using System.Collections.Immutable;

namespace ClinicalNer.Experiments.Cluster;

/// <summary>What <c>reproduce --scheduler slurm</c> did.</summary>
/// <param name="Script">The job script written, null when every run was finished or running.</param>
/// <param name="JobId">The job id, null for a dry run or when nothing was submitted.</param>
/// <param name="Submitted">The runs of the array, by task index.</param>
/// <param name="Running">Runs left out because a live process holds them, or Slurm still lists their earlier array task.</param>
/// <param name="Done">Runs left out because they are finished.</param>
public sealed record ClusterSubmission(string? Script, string? JobId, ImmutableArray<string> Submitted, ImmutableArray<string> Running, ImmutableArray<string> Done);
