namespace ClinicalNer.Metrics.Seeds;

/// <summary>The spread of precision, recall and F1 of one class or average over runs.</summary>
public sealed record ScoresSpread(string Name, Spread Precision, Spread Recall, Spread F1);
