namespace ClinicalNer.Metrics.Bootstrap;

/// <summary>A value measured on the whole data and its bootstrap confidence interval [<see cref="Low"/>, <see cref="High"/>] (percentile method).</summary>
public sealed record Estimate(double Value, double Low, double High);
