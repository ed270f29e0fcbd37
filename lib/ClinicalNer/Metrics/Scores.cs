namespace ClinicalNer.Metrics;

/// <summary>
/// Precision, recall and F1 of one class or one average, with its support (the number of gold units: tokens for
/// the label units, entities for the entity and n2c2 units; for an average, the sum over its classes).
/// </summary>
public sealed record Scores(double Precision, double Recall, double F1, long Support);
