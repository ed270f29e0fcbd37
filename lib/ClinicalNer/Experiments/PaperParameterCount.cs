namespace ClinicalNer.Experiments;

/// <summary>One row of the paper's Table I: a model's trainable parameters.</summary>
/// <param name="Model">The paper's model name (<c>BERT-CRF</c>, <c>TransformerApt</c>, ...).</param>
/// <param name="Encoder">The Hugging Face id of its encoder (the from-scratch Transformer has DistilBERT's shape).</param>
/// <param name="Head"><c>CRF</c> or <c>Apt</c> (linear softmax head).</param>
/// <param name="Parameters">Trainable parameters as published.</param>
/// <param name="ChangeVsBertPercent">Size against BERT in percent as published (+24.39, -39.80, 0 for BERT itself).</param>
public sealed record PaperParameterCount(string Model, string Encoder, string Head, long Parameters, double ChangeVsBertPercent);
