using System.Collections.Immutable;
using ClinicalNer.Experiments.Grid;

namespace ClinicalNer.Experiments;

/// <summary>What a <c>reproduce</c> call did and wrote.</summary>
/// <param name="Outcomes">Each grid run's name and what was done with it.</param>
/// <param name="Results">The runs' rows.</param>
/// <param name="Files">The files written at the output folder's top, relative to it.</param>
public sealed record ReproduceSummary(ImmutableArray<(string Run, RunOutcome Outcome)> Outcomes, ImmutableArray<RunResult> Results, ImmutableArray<string> Files);
