using System.Collections.Immutable;
using System.Globalization;
using ClinicalNer.Training;

namespace ClinicalNer.Experiments;

/// <summary>
/// The grids of <c>reproduce</c> as data: one <see cref="GridRun"/> per grid point and seed, each carrying the whole
/// <see cref="RunConfig"/> that trains it.
/// </summary>
public static class ReproduceGrid
{
    /// <summary>The selection grid's batch sizes (paper-notes §2.1).</summary>
    public static ImmutableArray<int> SelectionBatchSizes { get; } = [8, 14];

    /// <summary>The selection grid's learning rates for <paramref name="model"/>: the from-scratch models also tried 5e-4.</summary>
    public static ImmutableArray<double> SelectionLearningRates(GridModel model) => model.IsPretrained ? [5e-5, 1e-4] : [5e-5, 1e-4, 5e-4];

    /// <summary>The selection grid's epochs for <paramref name="model"/>: 9 for a pre-trained encoder, 6 from scratch.</summary>
    public static int SelectionEpochs(GridModel model) => model.IsPretrained ? 9 : 6;

    /// <summary>The runs of <paramref name="options"/>: by model, then variant (or batch and learning rate), then seed.</summary>
    public static ImmutableArray<GridRun> Plan(ReproduceOptions options)
    {
        if (options.Seeds.IsDefaultOrEmpty) throw new ArgumentException("--seeds needs at least one seed");
        if (options.Models.IsDefaultOrEmpty) throw new ArgumentException("--models needs at least one model");
        if (options.Variants.IsDefaultOrEmpty) throw new ArgumentException("--variants needs at least one variant");
        if (options.Variants.Distinct().Count() < options.Variants.Length) throw new ArgumentException("--variants names a variant twice");
        var data = Path.GetFullPath(options.Data);
        return options.Grid == GridKind.Selection ? Selection(options, data) : Final(options, data);
    }

    static ImmutableArray<GridRun> Final(ReproduceOptions options, string data)
    {
        bool paper = options.Preset == GridPreset.Paper;
        if (!options.HyperParameters.IsEmpty && options.Models.FirstOrDefault(m => !options.HyperParameters.Any(h => h.Model == m.Name || h.Model == m.PaperName)) is { } missing)
            throw new ArgumentException($"--hyperparameters has no row for {missing.Name} ({missing.PaperName})");
        return [.. from model in options.Models
                   let chosen = options.HyperParameters.FirstOrDefault(h => h.Model == model.Name || h.Model == model.PaperName)
                   let preset = paper ? PaperPreset.For(model.TrainModel, model.PaperPresetEncoder ?? model.Encoder) : null
                   let fineTune = model.IsPretrained && !paper
                   let batch = chosen?.BatchSize ?? preset?.BatchSize ?? CpuPreset.BatchSize
                   let lr = chosen?.LearningRate ?? preset?.LearningRate ?? (fineTune ? FineTunePreset.LearningRate : CpuPreset.LearningRate)
                   let epochs = options.Epochs ?? chosen?.Epochs ?? preset?.Epochs ?? (fineTune ? FineTunePreset.Epochs : CpuPreset.Epochs)
                   let bestBy = paper ? BestEpochCriterion.LastEpoch : fineTune ? FineTunePreset.BestEpochBy : CpuPreset.BestEpochBy
                   from variant in options.Variants
                   from seed in options.Seeds
                   select new GridRun($"{model.Name}-{variant.Name}-seed{seed}", model, variant, seed,
                                      Config(options, data, model, variant, seed, batch, lr, epochs, bestBy, trainOnDev: paper, downsampleDev: true))];
    }

    // Selection trains on the down-sampled training notes and scores every epoch on all dev notes; the best epoch
    // is the one of least dev loss, whatever the preset, and the test set is left alone.
    static ImmutableArray<GridRun> Selection(ReproduceOptions options, string data) =>
        [.. from model in options.Models
            from batch in SelectionBatchSizes
            from lr in SelectionLearningRates(model)
            from seed in options.Seeds
            select new GridRun($"{model.Name}-bs{batch}-lr{LearningRateName(lr)}-seed{seed}", model, GridVariant.Sambd, seed,
                               Config(options, data, model, GridVariant.Sambd, seed, batch, lr, options.Epochs ?? SelectionEpochs(model),
                                      BestEpochCriterion.DevLoss, trainOnDev: false, downsampleDev: false),
                               ScoredOnTest: false)];

    /// <summary>A learning rate as run names spell it: <c>5e-5</c>, <c>1e-4</c>.</summary>
    public static string LearningRateName(double lr) => lr.ToString("0.##e0", CultureInfo.InvariantCulture);

    static RunConfig Config(ReproduceOptions options, string data, GridModel model, GridVariant variant, long seed,
                            int batch, double lr, int epochs, BestEpochCriterion bestBy, bool trainOnDev, bool downsampleDev)
    {
        bool paper = options.Preset == GridPreset.Paper;
        // a pre-trained encoder outside the paper's protocol fine-tunes with FineTunePreset's head rate and warm-up
        bool fineTune = model.IsPretrained && !paper;
        return new RunConfig
        {
            Model = model.TrainModel,
            Size = model.IsPretrained ? null : options.Size ?? (paper ? "paper" : CpuPreset.Size),
            Encoder = model.Encoder,
            Data = data,
            Trainer = new TrainerOptions
            {
                Epochs = epochs,
                BatchSize = batch,
                LearningRate = lr,
                HeadLearningRate = fineTune ? FineTunePreset.HeadLearningRate : null,
                WarmupFraction = paper ? 0 : fineTune ? FineTunePreset.Warmup : CpuPreset.Warmup,
                GradientClip = paper ? null : CpuPreset.Clip,
                Seed = seed,
                BestEpochBy = bestBy,
                // Early stopping belongs to the workbench's final runs: the paper's runs and its selection grid train every epoch.
                Patience = !paper && options.Grid == GridKind.Final ? CpuPreset.Patience : null,
            },
            CharCnn = !paper && !model.IsPretrained && CpuPreset.CharCnn,
            WordDropout = paper || model.IsPretrained ? 0 : CpuPreset.WordDropout,
            Labelling = "all",
            MaxLength = EncodingOptions.PaperMaxLength,
            LongSentences = paper ? "truncate" : "window",
            SpecialTokens = model.IsPretrained && !paper,
            TrainOnDev = trainOnDev,
            VocabSource = "learned",
            VocabSize = model.IsPretrained ? null : TrainingRun.DefaultLearnedVocabSize,
            Downsample = variant.Downsample,
            DownsampleDev = downsampleDev,
            DownsampleSeed = seed + 1,
            DevSplitSeed = seed,
            Device = options.Device,
            Threads = options.Threads,
        };
    }
}
