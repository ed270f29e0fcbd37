using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Data.Analysis;
using ClinicalNer.Corpus;
using ClinicalNer.Inference;
using ClinicalNer.Runtime;
using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Experiments;

/// <summary>One trained point of an efficiency study: the setting, what the run cost and what it scored on the test split.</summary>
/// <param name="Setting">The varied quantity: a keep probability of entity-free sentences, or a number of training notes.</param>
/// <param name="TrainSeconds">Wall time of the run's epochs.</param>
/// <param name="EntityStrictF1">Test entity-level (seqeval strict) micro F1.</param>
/// <param name="SubtokenMacroF1">Test sub-token BIO macro F1 (the paper's "BIO-strict").</param>
public sealed record EfficiencyPoint(double Setting, double TrainSeconds, double EntityStrictF1, double SubtokenMacroF1);

/// <summary>
/// The paper's "efficient training" question as curves: what down-sampling entity-free sentences (keep rate p) and
/// fewer training notes cost in F1 against what they save in training time. Each point is an ordinary run folder.
/// </summary>
public static class EfficiencyStudy
{
    /// <summary>Trains and evaluates one run of <paramref name="template"/> per keep rate (1 = no down-sampling) under <paramref name="root"/>.</summary>
    public static ImmutableArray<EfficiencyPoint> KeepRates(RunConfig template, IEnumerable<double> keepRates, string root, TextWriter progress) =>
        [.. keepRates.Select(p => Point(template with { Downsample = p < 1 ? p : null }, p, Path.Combine(root, $"keep-{p:0.###}"), progress))];

    /// <summary>
    /// Trains and evaluates one run per number of training notes, each on the first N training notes of
    /// <paramref name="corpus"/> and the same <paramref name="testNotes"/> test notes (a learning curve over data size).
    /// </summary>
    public static ImmutableArray<EfficiencyPoint> TrainingNotes(RunConfig template, string corpus, IEnumerable<int> trainNotes, int testNotes, string root, TextWriter progress) =>
        [.. trainNotes.Select(n =>
        {
            var folder = Path.Combine(root, $"notes-{n}");
            var data = CorpusSubset.Copy(corpus, Path.Combine(folder, "corpus"), n, testNotes);
            return Point(template with { Data = data }, n, folder, progress);
        })];

    /// <summary>The points as a table, the setting column named <paramref name="setting"/>.</summary>
    public static DataFrame Frame(IReadOnlyList<EfficiencyPoint> points, string setting) => new(
        new DoubleDataFrameColumn(setting, points.Select(p => p.Setting)),
        new DoubleDataFrameColumn("train seconds", points.Select(p => Math.Round(p.TrainSeconds, 1))),
        new DoubleDataFrameColumn("entity-strict micro F1", points.Select(p => Math.Round(p.EntityStrictF1, 4))),
        new DoubleDataFrameColumn("sub-token BIO macro F1", points.Select(p => Math.Round(p.SubtokenMacroF1, 4))));

    static EfficiencyPoint Point(RunConfig config, double setting, string folder, TextWriter progress)
    {
        var run = TrainingRun.Train(config, Path.Combine(folder, "run"), resume: false, vocabFile: null, progress);
        var (reports, _) = RunEvaluation.Evaluate(run.Path, config.Data);
        return new EfficiencyPoint(setting, run.ReadEpochs().Sum(e => e.WallSeconds), reports["entity-strict"].Micro.F1, reports["subtoken"].Macro.F1);
    }
}
