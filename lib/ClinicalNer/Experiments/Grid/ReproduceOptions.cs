using System.Collections.Immutable;
using ClinicalNer.Experiments.Paper;
using ClinicalNer.Models;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Experiments.Grid;

/// <summary>
/// What <c>reproduce</c> runs: the final grid (models × {full, sambd} × seeds) or the model-selection grid (models ×
/// batch × learning rate × seeds) on one corpus, written under <see cref="Output"/>.
/// </summary>
public sealed record ReproduceOptions
{
    /// <summary>The corpus folder (brat <c>train/</c> and <c>test/</c>, or CoNLL files).</summary>
    public required string Data { get; init; }

    /// <summary>The output folder: run folders under <c>runs/</c>, tables, charts and summaries at its top.</summary>
    public required string Output { get; init; }

    /// <summary>The models, in table order.</summary>
    public required ImmutableArray<GridModel> Models { get; init; }

    /// <summary>The final grid's training-data variants (default: both, as the paper).</summary>
    public ImmutableArray<GridVariant> Variants { get; init; } = GridVariant.Both;

    /// <summary>The final grid or the model-selection grid.</summary>
    public GridKind Grid { get; init; } = GridKind.Final;

    /// <summary>The training protocol.</summary>
    public GridPreset Preset { get; init; } = GridPreset.Cpu;

    /// <summary>Run seeds; one run of each grid point per seed.</summary>
    public ImmutableArray<long> Seeds { get; init; } = [1];

    /// <summary>From-scratch size instead of the preset's.</summary>
    public ModelSize? Size { get; init; }

    /// <summary>
    /// Final-grid batch size, epochs and learning rate per model (by grid or paper name), instead of the preset's: a
    /// selection grid's <c>selected-hyperparameters.csv</c>, or the paper's <c>final-hyperparameters.csv</c>.
    /// </summary>
    public ImmutableArray<PaperHyperParameters> HyperParameters { get; init; } = [];

    /// <summary>Epochs instead of the preset's (or the selection grid's, or <see cref="HyperParameters"/>).</summary>
    public int? Epochs { get; init; }

    /// <summary>torch intra-op threads of each run (0: torch's default, recorded as the count it resolves to).</summary>
    public int Threads { get; init; }

    /// <summary>Where each run trains.</summary>
    public ComputeDevice Device { get; init; } = ComputeDevice.Cpu;
}
