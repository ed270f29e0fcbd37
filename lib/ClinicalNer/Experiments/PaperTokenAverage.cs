namespace ClinicalNer.Experiments;

/// <summary>An average row of the paper's token-level reports (Figs 6 and 7).</summary>
/// <param name="Training"><c>full</c> (all training sentences) or <c>sambd</c> (entity-free sentences down-sampled).</param>
/// <param name="Model">The paper's model name.</param>
/// <param name="Average"><c>accuracy</c> (precision = recall = F1), <c>macro</c> or <c>weighted</c>.</param>
/// <param name="Precision">Averaged precision.</param>
/// <param name="Recall">Averaged recall.</param>
/// <param name="F1">Averaged F1.</param>
public sealed record PaperTokenAverage(string Training, string Model, string Average, double Precision, double Recall, double F1);
