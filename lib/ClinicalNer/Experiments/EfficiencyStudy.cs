using System.Collections.Immutable;
using Microsoft.Data.Analysis;
using ClinicalNer.Corpus;
using ClinicalNer.Inference;
using ClinicalNer.Metrics.Seeds;
using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Experiments;

/// <summary>One trained point of an efficiency study: the setting and seed, what the run cost and what it scored on the test split.</summary>
/// <param name="Setting">The varied quantity: a keep probability of entity-free sentences, or a number of training notes (sentences in a CoNLL corpus).</param>
/// <param name="Seed">The run's seed (<see cref="RunConfig.WithSeed"/>).</param>
/// <param name="TrainSeconds">Wall time of the run's epochs.</param>
/// <param name="EntityStrictF1">Test entity-level (seqeval strict) micro F1.</param>
/// <param name="SubtokenMacroF1">Test sub-token BIO macro F1 (the paper's "BIO-strict").</param>
public sealed record EfficiencyPoint(double Setting, long Seed, double TrainSeconds, double EntityStrictF1, double SubtokenMacroF1);

/// <summary>The runs of one setting over seeds: the mean of each measure, and the sample standard deviation of the scores.</summary>
/// <param name="Setting">The varied quantity.</param>
/// <param name="Seeds">Runs averaged.</param>
/// <param name="TrainSeconds">Mean wall time of the runs' epochs.</param>
/// <param name="EntityStrictF1">Mean and standard deviation of the test entity-strict micro F1 (deviation 0 for a single seed).</param>
/// <param name="SubtokenMacroF1">Mean and standard deviation of the test sub-token BIO macro F1.</param>
public sealed record EfficiencyMean(double Setting, int Seeds, double TrainSeconds, Spread EntityStrictF1, Spread SubtokenMacroF1);

/// <summary>
/// The paper's "efficient training" question as curves: what down-sampling entity-free sentences (keep rate p) and
/// fewer training notes cost in F1 against what they save in training time. Each point is an ordinary run folder,
/// one per setting and seed, so that a curve can carry the spread over seeds.
/// </summary>
public static class EfficiencyStudy
{
    /// <summary>Trains and evaluates one run of <paramref name="template"/> per keep rate (1 = no down-sampling) and seed under <paramref name="root"/>.</summary>
    public static ImmutableArray<EfficiencyPoint> KeepRates(RunConfig template, IEnumerable<double> keepRates, IEnumerable<long> seeds, string root, TextWriter progress) =>
        [.. keepRates.SelectMany(p => seeds.Select(seed =>
            Point(template.WithSeed(seed) with { Downsample = p < 1 ? p : null }, p, seed, Path.Combine(root, $"keep-{p:0.###}", $"seed-{seed}"), progress)))];

    /// <summary>
    /// Trains and evaluates one run per number of training notes (sentences, for a CoNLL corpus) and seed, each on the
    /// start of <paramref name="corpus"/> as <see cref="CorpusSubset.Copy"/> takes it, all scored on the same
    /// <paramref name="test"/> test notes (a learning curve over data size).
    /// </summary>
    public static ImmutableArray<EfficiencyPoint> TrainingNotes(RunConfig template, string corpus, IEnumerable<int> trainNotes, int test, IEnumerable<long> seeds,
                                                                string root, TextWriter progress) =>
        [.. trainNotes.SelectMany(n =>
        {
            var folder = Path.Combine(root, $"notes-{n}");
            var data = CorpusSubset.Copy(corpus, Path.Combine(folder, "corpus"), n, test);
            return seeds.Select(seed => Point(template.WithSeed(seed) with { Data = data }, n, seed, Path.Combine(folder, $"seed-{seed}"), progress));
        })];

    /// <summary>The points of each setting averaged over their seeds, in the settings' order.</summary>
    public static ImmutableArray<EfficiencyMean> Means(IEnumerable<EfficiencyPoint> points) =>
        [.. points.GroupBy(p => p.Setting).Select(g =>
        {
            var runs = g.ToArray();
            return new EfficiencyMean(g.Key, runs.Length, runs.Average(p => p.TrainSeconds),
                                      Spread.OfRuns([.. runs.Select(p => p.EntityStrictF1)]), Spread.OfRuns([.. runs.Select(p => p.SubtokenMacroF1)]));
        })];

    /// <summary>The means as a table, the setting column named <paramref name="setting"/>.</summary>
    public static DataFrame Frame(IReadOnlyList<EfficiencyMean> means, string setting) => new(
        new DoubleDataFrameColumn(setting, means.Select(m => m.Setting)),
        new Int32DataFrameColumn("seeds", means.Select(m => m.Seeds)),
        new DoubleDataFrameColumn("train seconds", means.Select(m => Math.Round(m.TrainSeconds, 1))),
        new DoubleDataFrameColumn("entity-strict micro F1", means.Select(m => Math.Round(m.EntityStrictF1.Mean, 4))),
        new DoubleDataFrameColumn("entity-strict std", means.Select(m => Math.Round(m.EntityStrictF1.StandardDeviation, 4))),
        new DoubleDataFrameColumn("sub-token BIO macro F1", means.Select(m => Math.Round(m.SubtokenMacroF1.Mean, 4))),
        new DoubleDataFrameColumn("sub-token std", means.Select(m => Math.Round(m.SubtokenMacroF1.StandardDeviation, 4))));

    static EfficiencyPoint Point(RunConfig config, double setting, long seed, string folder, TextWriter progress)
    {
        var run = TrainingRun.Train(config, Path.Combine(folder, "run"), resume: false, vocabFile: null, progress);
        var (reports, _) = RunEvaluation.Evaluate(run.Path, config.Data);
        return new EfficiencyPoint(setting, seed, run.ReadEpochs().Sum(e => e.WallSeconds), reports["entity-strict"].Micro.F1, reports["subtoken"].Macro.F1);
    }
}
