namespace ClinicalNer.Experiments;

/// <summary>A run's averaged scores at one metric unit, as its <c>metrics.json</c> holds them.</summary>
/// <param name="MicroF1">Micro-averaged F1.</param>
/// <param name="MacroF1">Macro-averaged F1.</param>
/// <param name="WeightedF1">Support-weighted F1.</param>
/// <param name="Accuracy">Accuracy, for label units (null for entity units).</param>
public sealed record UnitScores(double MicroF1, double MacroF1, double WeightedF1, double? Accuracy);
