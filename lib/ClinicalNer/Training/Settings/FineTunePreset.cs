namespace ClinicalNer.Training.Settings;

/// <summary>
/// The workbench's fine-tuning defaults for a pre-trained encoder (<c>bert-crf</c>, <c>bert-apt</c> without
/// <c>--preset paper</c>), apart from <see cref="CpuPreset"/>'s, which train from scratch: CpuPreset's learning rate
/// of 1e-3 wrecks pre-trained weights. The encoder gets the usual BERT fine-tuning rate, while the randomly
/// initialised head (classifier and CRF) gets a rate of its own, as large as a from-scratch model's, so that it is not
/// left under-trained in a few epochs; a CRF's dev log-loss rises as it grows confident while its F1 still improves,
/// so the best epoch is the one with the best dev entity F1. Batch size and clipping are CpuPreset's.
/// Chosen by measurement (README, "Fine-tuning defaults"): with MiniLM-CRF, 4 epochs, seed 1, an encoder rate of
/// 1e-4 beat 5e-5 on the dev parts of both public corpora (NCBI-disease 0.827 vs 0.816 dev entity F1 by epoch 3;
/// BioNLP13CG 0.761 vs 0.747 at epoch 4), at the same cost; 8 epochs at 5e-5 on BioNLP13CG gained less than it cost.
/// </summary>
public static class FineTunePreset
{
    /// <summary>Epochs.</summary>
    public const int Epochs = 4;

    /// <summary>Peak learning rate of the pre-trained encoder.</summary>
    public const double LearningRate = 1e-4;

    /// <summary>Peak learning rate of the randomly initialised head (classifier and CRF).</summary>
    public const double HeadLearningRate = 1e-3;

    /// <summary>Share of steps warming up.</summary>
    public const double Warmup = 0.1;

    /// <summary>How the best epoch is chosen.</summary>
    public const BestEpochCriterion BestEpochBy = BestEpochCriterion.DevF1;
}
