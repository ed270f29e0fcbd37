using ClinicalNer.Inputs;
using ClinicalNer.Models;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Training.Settings;

/// <summary>
/// The presets as whole run configurations, the one place that turns <see cref="CpuPreset"/>,
/// <see cref="FineTunePreset"/> and <see cref="PaperPreset"/> into settings: <c>train</c> (with or without
/// <c>--preset paper</c>), <c>reproduce</c> and the notebooks all start from these and change only what they name.
/// Each has seed 1 (<see cref="RunConfig.WithSeed"/> for another) and no data (<see cref="RunConfig.Data"/>, set by
/// what trains on a corpus).
/// </summary>
public static class TrainOptions
{
    /// <summary>
    /// The workbench's defaults: <see cref="CpuPreset"/> for a from-scratch model, <see cref="FineTunePreset"/> for a
    /// pre-trained <paramref name="encoder"/> (whose inputs get <c>[CLS]</c> ... <c>[SEP]</c>, as it was pre-trained).
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="encoder">The pre-trained encoder (hub id or checkpoint folder) of a <c>bert-*</c> model, else null.</param>
    public static RunConfig Cpu(Model model, string? encoder = null)
    {
        bool pretrained = model.IsPretrained();
        return new RunConfig
        {
            Model = model,
            Size = pretrained ? null : CpuPreset.Size,
            Encoder = encoder,
            Trainer = new TrainerOptions
            {
                Epochs = pretrained ? FineTunePreset.Epochs : CpuPreset.Epochs,
                BatchSize = CpuPreset.BatchSize,
                LearningRate = pretrained ? FineTunePreset.LearningRate : CpuPreset.LearningRate,
                HeadLearningRate = pretrained ? FineTunePreset.HeadLearningRate : null,
                WarmupFraction = pretrained ? FineTunePreset.Warmup : CpuPreset.Warmup,
                GradientClip = CpuPreset.Clip,
                BestEpochBy = pretrained ? FineTunePreset.BestEpochBy : CpuPreset.BestEpochBy,
                Patience = CpuPreset.PatienceFor(model),
            },
            CharCnn = !pretrained && CpuPreset.CharCnn,
            WordDropout = pretrained ? 0 : CpuPreset.WordDropoutFor(model),
            Positions = model.IsFromScratchTransformer() ? CpuPreset.Positions : PositionEmbeddingType.Absolute,
            SpecialTokens = pretrained,
            VocabSize = pretrained ? null : CpuPreset.VocabSize,
        }.WithSeed(1);
    }

    /// <summary>
    /// The paper's settings (<see cref="PaperPreset"/>): its batch, epochs and learning rate for this model and encoder,
    /// its size, AdamW without warm-up or clipping, every epoch trained and the best by dev loss, inputs truncated at
    /// 180 sub-tokens without <c>[CLS]</c>/<c>[SEP]</c>, and nothing the paper did not have (character CNN, word dropout).
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="encoder">The pre-trained encoder of a <c>bert-*</c> model, else null.</param>
    /// <exception cref="ArgumentException">The paper trained no such combination.</exception>
    public static RunConfig Paper(Model model, string? encoder = null) => Paper(model, encoder, PaperPreset.For(model, encoder));

    /// <summary>
    /// The paper's protocol, as <see cref="Paper(Model, string?)"/>, with another batch, epochs and learning rate: a
    /// point of its model-selection grid, or the settings of the model a stand-in stands in for.
    /// </summary>
    public static RunConfig Paper(Model model, string? encoder, PaperPreset paper)
    {
        bool pretrained = model.IsPretrained();
        return new RunConfig
        {
            Model = model,
            Size = pretrained ? null : ModelSize.Paper,
            Encoder = encoder,
            Trainer = new TrainerOptions
            {
                Epochs = paper.Epochs,
                BatchSize = paper.BatchSize,
                LearningRate = paper.LearningRate,
                BestEpochBy = BestEpochCriterion.DevLoss,
            },
            LongSentences = LongSentencePolicy.Truncate,
            VocabSize = pretrained ? null : TrainingRun.DefaultLearnedVocabSize,
        }.WithSeed(1);
    }

    /// <summary>
    /// A from-scratch model small and quick enough to train in seconds on a dozen notes (the notebooks' and the
    /// tests'): the tiny architecture on inputs of at most 64 sub-tokens, a few epochs at a high learning rate, every
    /// epoch trained, two torch threads. Not a setting for real results.
    /// </summary>
    /// <param name="model">A from-scratch model.</param>
    /// <param name="epochs">Epochs.</param>
    public static RunConfig Tiny(Model model, int epochs = 4) => new RunConfig
    {
        Model = model,
        Size = ModelSize.Tiny,
        MaxLength = 64,
        VocabSize = TrainingRun.DefaultLearnedVocabSize,
        Threads = 2,
        Trainer = new TrainerOptions { Epochs = epochs, BatchSize = 8, LearningRate = 3e-3, WarmupFraction = 0.1, GradientClip = 1.0 },
    }.WithSeed(1);
}
