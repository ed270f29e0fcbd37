namespace ClinicalNer.Training.Settings;

/// <summary>Optimisation choices of a training run (AdamW with a linear schedule, as the paper).</summary>
public sealed record TrainerOptions
{
    /// <summary>Passes over the training windows.</summary>
    public int Epochs { get; init; } = 4;

    /// <summary>Windows per optimizer step.</summary>
    public int BatchSize { get; init; } = 8;

    /// <summary>Peak learning rate of the linear schedule.</summary>
    public double LearningRate { get; init; } = 1e-4;

    /// <summary>
    /// Peak learning rate of the head (classifier and CRF) when it differs from the encoder's, or null for one rate
    /// for all (every existing run). The head's rate follows the same schedule in proportion.
    /// </summary>
    public double? HeadLearningRate { get; init; }

    /// <summary>Share of all steps spent warming up linearly from 0 (the paper: none).</summary>
    public double WarmupFraction { get; init; }

    /// <summary>AdamW's decoupled weight decay (the paper: 0.01).</summary>
    public double WeightDecay { get; init; } = 0.01;

    /// <summary>Largest global gradient norm, or null for no clipping (the paper).</summary>
    public double? GradientClip { get; init; }

    /// <summary>Seed of weight initialisation, dropout and batch order.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>How the best epoch is chosen.</summary>
    public BestEpochCriterion BestEpochBy { get; init; } = BestEpochCriterion.DevLoss;

    /// <summary>
    /// Early stopping: end training once this many epochs in a row have not beaten the best epoch, null to train
    /// every epoch (the paper). <see cref="Epochs"/> is then the most epochs, and the learning-rate schedule still
    /// spans all of them, so a run that stops early ended at a higher rate than planned.
    /// </summary>
    public int? Patience { get; init; }

    /// <summary>Checks the values are usable.</summary>
    /// <exception cref="ArgumentException">A value out of range, named as the command line spells it.</exception>
    public void Validate()
    {
        if (Epochs < 1) throw new ArgumentException($"--epochs must be at least 1, not {Epochs}");
        if (BatchSize < 1) throw new ArgumentException($"--batch must be at least 1, not {BatchSize}");
        if (!(LearningRate > 0) || double.IsInfinity(LearningRate)) throw new ArgumentException($"--lr must be a positive number, not {LearningRate}");
        if (HeadLearningRate is { } head && (!(head > 0) || double.IsInfinity(head))) throw new ArgumentException($"--head-lr must be a positive number, not {head}");
        if (WarmupFraction is < 0 or >= 1) throw new ArgumentException($"--warmup must be in [0, 1), not {WarmupFraction}");
        if (GradientClip is <= 0) throw new ArgumentException($"--clip must be positive, not {GradientClip}");
        if (Patience is < 1) throw new ArgumentException($"--patience must be at least 1, not {Patience}");
        if (Patience is not null && BestEpochBy == BestEpochCriterion.LastEpoch)
            throw new ArgumentException("--patience needs a best epoch chosen on dev data, not the last epoch");
    }
}
