namespace ClinicalNer.Experiments;

/// <summary>The settings of a model's final run on train + validation (scored after the last epoch).</summary>
/// <param name="Model">The paper's model name.</param>
/// <param name="BatchSize">Sentences per batch.</param>
/// <param name="Epochs">Training epochs.</param>
/// <param name="LearningRate">Peak learning rate (linear decay to 0, no warm-up).</param>
public sealed record PaperHyperParameters(string Model, int BatchSize, int Epochs, double LearningRate);
