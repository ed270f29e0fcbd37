namespace ClinicalNer.Experiments;

/// <summary>The paper's down-sampling result for one model (Sec. V-C): token-level scores trained on all sentences against SamBD.</summary>
/// <param name="Model">The paper's model name.</param>
/// <param name="MacroF1Full">Macro F1, full training data.</param>
/// <param name="MacroF1Sambd">Macro F1, down-sampled training data.</param>
/// <param name="WeightedF1Full">Weighted F1, full training data.</param>
/// <param name="WeightedF1Sambd">Weighted F1, down-sampled training data.</param>
/// <param name="AccuracyFull">Accuracy, full training data.</param>
/// <param name="AccuracySambd">Accuracy, down-sampled training data.</param>
public sealed record PaperDownsampling(
    string Model, double MacroF1Full, double MacroF1Sambd, double WeightedF1Full, double WeightedF1Sambd, double AccuracyFull, double AccuracySambd);
