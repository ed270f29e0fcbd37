namespace ClinicalNer.Metrics.Bootstrap;

/// <summary>
/// F1 of one class (or average) for systems A and B, the difference B − A, each with its confidence interval, and the
/// two-sided p-value of the difference.
/// </summary>
public sealed record F1Comparison(string Name, Estimate A, Estimate B, Estimate Difference, double PValue);
