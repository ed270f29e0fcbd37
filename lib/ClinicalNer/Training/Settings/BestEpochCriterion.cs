namespace ClinicalNer.Training.Settings;

/// <summary>How the epoch whose weights become the run's model is chosen.</summary>
public enum BestEpochCriterion
{
    /// <summary>The epoch with the lowest dev loss (the paper).</summary>
    DevLoss,

    /// <summary>The epoch with the highest dev entity-strict F1.</summary>
    DevF1,

    /// <summary>The last epoch (the paper's final runs, trained on train+dev with nothing held out).</summary>
    LastEpoch,
}
