using ClinicalNer.Training;

namespace ClinicalNer.Experiments;

/// <summary>One run of a grid, fully described by its configuration (which holds its seed).</summary>
/// <param name="Name">The run folder's name: model, data variant and seed.</param>
/// <param name="Model">The model.</param>
/// <param name="Variant">The training data variant.</param>
/// <param name="Seed">The run seed.</param>
/// <param name="Config">Everything that shapes the run.</param>
public sealed record GridRun(string Name, GridModel Model, GridVariant Variant, long Seed, RunConfig Config);
