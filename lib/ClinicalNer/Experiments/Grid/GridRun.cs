using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Experiments.Grid;

/// <summary>One run of a grid, fully described by its configuration (which holds its seed), so that it can run anywhere.</summary>
/// <param name="Name">The run folder's name: model, data variant (or the selection grid's batch and learning rate) and seed.</param>
/// <param name="Model">The model.</param>
/// <param name="Variant">The training data variant.</param>
/// <param name="Seed">The run seed.</param>
/// <param name="Config">Everything that shapes the run.</param>
/// <param name="ScoredOnTest">Evaluated on the test set once trained (final runs); selection runs only score dev.</param>
public sealed record GridRun(string Name, GridModel Model, GridVariant Variant, long Seed, RunConfig Config, bool ScoredOnTest = true);
