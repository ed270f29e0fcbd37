namespace ClinicalNer.Experiments;

/// <summary>A model's averaged sub-token BIO scores as the paper's Table II (macro) or Table III (weighted, with accuracy) prints them.</summary>
/// <param name="Model">The paper's model name.</param>
/// <param name="Precision">Averaged precision.</param>
/// <param name="Recall">Averaged recall.</param>
/// <param name="F1">Averaged F1.</param>
/// <param name="Accuracy">Accuracy (= micro P = R = F1), printed in Table III only.</param>
public sealed record PaperAverage(string Model, double Precision, double Recall, double F1, double? Accuracy = null);
