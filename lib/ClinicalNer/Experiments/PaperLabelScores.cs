namespace ClinicalNer.Experiments;

/// <summary>One class row of a classification report the paper prints as a figure (3 decimals).</summary>
/// <param name="Model">The paper's model name.</param>
/// <param name="Label">A BIO label (<c>B-Drug</c>, <c>O</c>) or, at token level, an entity type (<c>Drug</c>, <c>O</c>).</param>
/// <param name="Precision">Precision.</param>
/// <param name="Recall">Recall.</param>
/// <param name="F1">F1.</param>
/// <param name="Support">Test sub-tokens with this gold class, counted with the model's own tokenizer.</param>
public sealed record PaperLabelScores(string Model, string Label, double Precision, double Recall, double F1, long Support);
