namespace ClinicalNer.Experiments;

/// <summary>The grid point the authors selected for a model on their 273/30 split, with its validation sub-token BIO scores.</summary>
/// <param name="Model">The paper's model name.</param>
/// <param name="BatchSize">Selected batch size.</param>
/// <param name="LearningRate">Selected learning rate.</param>
/// <param name="BestEpoch">The epoch of least validation loss.</param>
/// <param name="MacroPrecision">Validation macro precision at that epoch.</param>
/// <param name="MacroRecall">Validation macro recall.</param>
/// <param name="MacroF1">Validation macro F1.</param>
/// <param name="WeightedPrecision">Validation weighted precision.</param>
/// <param name="WeightedRecall">Validation weighted recall.</param>
/// <param name="WeightedF1">Validation weighted F1.</param>
public sealed record PaperModelSelection(
    string Model, int BatchSize, double LearningRate, int BestEpoch,
    double MacroPrecision, double MacroRecall, double MacroF1,
    double WeightedPrecision, double WeightedRecall, double WeightedF1);
