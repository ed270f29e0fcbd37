namespace ClinicalNer.Experiments;

/// <summary>One cell group of the paper's Table IV: token-level averages over a subset of the classes.</summary>
/// <param name="Setting"><c>without-o</c>, <c>without-reason-ade</c>, <c>without-o-reason-ade</c> or <c>ade-as-reason</c> (ADE mapped to Reason in gold and prediction).</param>
/// <param name="Average"><c>micro</c>, <c>macro</c> or <c>weighted</c>.</param>
/// <param name="Model">The paper's model name.</param>
/// <param name="Precision">Averaged precision.</param>
/// <param name="Recall">Averaged recall.</param>
/// <param name="F1">Averaged F1.</param>
public sealed record PaperAblation(string Setting, string Average, string Model, double Precision, double Recall, double F1);
