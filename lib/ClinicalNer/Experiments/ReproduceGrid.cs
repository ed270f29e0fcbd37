using System.Collections.Immutable;
using ClinicalNer.Training;

namespace ClinicalNer.Experiments;

/// <summary>The grid of <c>reproduce</c> as data: one <see cref="GridRun"/> per model, data variant and seed.</summary>
public static class ReproduceGrid
{
    /// <summary>The runs of <paramref name="options"/>, by model, then variant, then seed.</summary>
    public static ImmutableArray<GridRun> Plan(ReproduceOptions options)
    {
        if (options.Seeds.IsDefaultOrEmpty) throw new ArgumentException("--seeds needs at least one seed");
        if (options.Models.IsDefaultOrEmpty) throw new ArgumentException("--models needs at least one model");
        var data = Path.GetFullPath(options.Data);
        return [.. from model in options.Models
                   from variant in GridVariant.Both
                   from seed in options.Seeds
                   select new GridRun($"{model.Name}-{variant.Name}-seed{seed}", model, variant, seed, Config(options, data, model, variant, seed))];
    }

    static RunConfig Config(ReproduceOptions options, string data, GridModel model, GridVariant variant, long seed)
    {
        bool paper = options.Preset == GridPreset.Paper;
        var preset = paper ? PaperPreset.For(model.TrainModel, model.Encoder) : null;
        return new RunConfig
        {
            Model = model.TrainModel,
            Size = model.IsPretrained ? null : options.Size ?? (paper ? "paper" : CpuPreset.Size),
            Encoder = model.Encoder,
            Data = data,
            Trainer = new TrainerOptions
            {
                Epochs = options.Epochs ?? preset?.Epochs ?? CpuPreset.Epochs,
                BatchSize = preset?.BatchSize ?? CpuPreset.BatchSize,
                LearningRate = preset?.LearningRate ?? CpuPreset.LearningRate,
                WarmupFraction = paper ? 0 : CpuPreset.Warmup,
                GradientClip = paper ? null : CpuPreset.Clip,
                Seed = seed,
                BestEpochBy = paper ? BestEpochCriterion.LastEpoch : BestEpochCriterion.DevLoss,
            },
            Labelling = "all",
            MaxLength = EncodingOptions.PaperMaxLength,
            LongSentences = paper ? "truncate" : "window",
            SpecialTokens = model.IsPretrained && !paper,
            TrainOnDev = paper,
            VocabSource = "learned",
            VocabSize = model.IsPretrained ? null : TrainingRun.DefaultLearnedVocabSize,
            Downsample = variant.Downsample,
            DownsampleSeed = seed + 1,
            DevSplitSeed = seed,
            Threads = options.Threads,
        };
    }
}
