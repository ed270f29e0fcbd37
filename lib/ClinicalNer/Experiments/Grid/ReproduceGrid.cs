using System.Collections.Immutable;
using System.Globalization;
using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Experiments.Grid;

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
        if (!options.HyperParameters.IsEmpty && options.Models.FirstOrDefault(m => !options.HyperParameters.Any(h => h.Model == m.Name || h.Model == m.PaperName)) is { } missing)
            throw new ArgumentException($"--hyperparameters has no row for {missing.Name} ({missing.PaperName})");
        return [.. from model in options.Models
                   let chosen = options.HyperParameters.FirstOrDefault(h => h.Model == model.Name || h.Model == model.PaperName)
                   let preset = Preset(options, model)
                   let paper = options.Preset == GridPreset.Paper
                   // The paper's final runs train on train and dev together, so there is no dev score: the last epoch is scored.
                   let trainer = preset.Trainer with
                   {
                       BatchSize = chosen?.BatchSize ?? preset.Trainer.BatchSize,
                       LearningRate = chosen?.LearningRate ?? preset.Trainer.LearningRate,
                       Epochs = options.Epochs ?? chosen?.Epochs ?? preset.Trainer.Epochs,
                       BestEpochBy = paper ? BestEpochCriterion.LastEpoch : preset.Trainer.BestEpochBy,
                   }
                   from variant in options.Variants
                   from seed in options.Seeds
                   select new GridRun(RunName(model.Name, variant.Name, seed), model, variant, seed,
                                      Config(options, data, preset, model, variant, seed, trainer, trainOnDev: paper, downsampleDev: true))];
    }

    /// <summary>A final run's folder name: model, data variant and seed (<c>transformer-crf-full-seed1</c>).</summary>
    public static string RunName(string model, string variant, long seed) => $"{model}-{variant}-seed{seed}";

    // Selection trains on the down-sampled training notes and scores every epoch on all dev notes; the best epoch
    // is the one of least dev loss, whatever the preset, every epoch is trained, and the test set is left alone.
    static ImmutableArray<GridRun> Selection(ReproduceOptions options, string data) =>
        [.. from model in options.Models
            from batch in SelectionBatchSizes
            from lr in SelectionLearningRates(model)
            let point = new PaperPreset(batch, options.Epochs ?? SelectionEpochs(model), lr)
            let preset = Preset(options, model, point)
            let trainer = preset.Trainer with
            {
                BatchSize = point.BatchSize, LearningRate = point.LearningRate, Epochs = point.Epochs,
                BestEpochBy = BestEpochCriterion.DevLoss, Patience = null,
            }
            from seed in options.Seeds
            select new GridRun($"{model.Name}-bs{batch}-lr{LearningRateName(lr)}-seed{seed}", model, GridVariant.Sambd, seed,
                               Config(options, data, preset, model, GridVariant.Sambd, seed, trainer, trainOnDev: false, downsampleDev: false),
                               ScoredOnTest: false)];

    /// <summary>
    /// The preset of the grid's protocol for <paramref name="model"/>: under the paper's, the <paramref name="point"/>
    /// searched (selection), or else the paper's own settings (a stand-in takes its original's).
    /// </summary>
    static RunConfig Preset(ReproduceOptions options, GridModel model, PaperPreset? point = null) =>
        options.Preset != GridPreset.Paper ? TrainOptions.Cpu(model.TrainModel, model.Encoder)
        : point is not null ? TrainOptions.Paper(model.TrainModel, model.Encoder, point)
        : TrainOptions.Paper(model.TrainModel, model.Encoder, PaperPreset.For(model.TrainModel, model.PaperPresetEncoder ?? model.Encoder));

    /// <summary>A learning rate as run names spell it: <c>5e-5</c>, <c>1e-4</c>.</summary>
    public static string LearningRateName(double lr) => lr.ToString("0.##e0", CultureInfo.InvariantCulture);

    /// <summary>The preset's run of <paramref name="model"/> with the grid point's <paramref name="trainer"/>, seed and data.</summary>
    static RunConfig Config(ReproduceOptions options, string data, RunConfig preset, GridModel model, GridVariant variant, long seed,
                            TrainerOptions trainer, bool trainOnDev, bool downsampleDev) =>
        preset.WithSeed(seed) with
        {
            Size = model.IsPretrained ? null : options.Size ?? preset.Size,
            Data = data,
            Trainer = trainer with { Seed = seed },
            TrainOnDev = trainOnDev,
            Downsample = variant.Downsample,
            DownsampleDev = downsampleDev,
            Device = options.Device,
            Threads = options.Threads,
        };
}
