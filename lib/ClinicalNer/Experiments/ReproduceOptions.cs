using System.Collections.Immutable;

namespace ClinicalNer.Experiments;

/// <summary>What <c>reproduce</c> runs: models × {full, sambd} × seeds on one corpus, written under <see cref="Output"/>.</summary>
public sealed record ReproduceOptions
{
    /// <summary>The corpus folder (brat <c>train/</c> and <c>test/</c>, or CoNLL files).</summary>
    public required string Data { get; init; }

    /// <summary>The output folder: run folders under <c>runs/</c>, tables, charts and summaries at its top.</summary>
    public required string Output { get; init; }

    /// <summary>The models, in table order.</summary>
    public required ImmutableArray<GridModel> Models { get; init; }

    /// <summary>The training protocol.</summary>
    public GridPreset Preset { get; init; } = GridPreset.Cpu;

    /// <summary>Run seeds; one run of each model and variant per seed.</summary>
    public ImmutableArray<long> Seeds { get; init; } = [1];

    /// <summary>From-scratch size instead of the preset's (<c>tiny</c>, <c>mini</c>, <c>small</c>, <c>paper</c>).</summary>
    public string? Size { get; init; }

    /// <summary>Epochs instead of the preset's.</summary>
    public int? Epochs { get; init; }

    /// <summary>torch intra-op threads (0: torch's default).</summary>
    public int Threads { get; init; }
}
