namespace ClinicalNer.Metrics.Bootstrap;

/// <summary>Settings of a paired bootstrap.</summary>
public sealed record BootstrapOptions
{
    /// <summary>Number of bootstrap samples (default 1000).</summary>
    public int Samples { get; init; } = 1000;

    /// <summary>Seed of the random draws (default 1): results are reproducible.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Confidence level of the intervals (default 0.95).</summary>
    public double Confidence { get; init; } = 0.95;
}
