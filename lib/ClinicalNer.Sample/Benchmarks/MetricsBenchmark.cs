using System.Collections.Immutable;
using System.Diagnostics;
using ClinicalNer.Metrics;
using ClinicalNer.Metrics.Bootstrap;
using ClinicalNer.Sample.Taggings;

namespace ClinicalNer.Sample.Benchmarks;

/// <summary>
/// Times each CoNLL unit on a synthetic pair of sub-tokens (<see cref="SyntheticTagging"/>): labels are interned once
/// when the pair is built, and each timing runs the whole report from the int arrays (confusion counts or chunking,
/// matching, averages).
/// </summary>
public static class MetricsBenchmark
{
    /// <summary>The units timed, in report order.</summary>
    public static ImmutableArray<ScoreUnit> Units { get; } =
        [ScoreUnit.Subtoken, ScoreUnit.SubtokenType, ScoreUnit.Word, ScoreUnit.EntityStrict, ScoreUnit.EntityDefault];

    /// <summary>Median seconds per unit over <paramref name="repetitions"/> timed runs, after one untimed warm-up run each.</summary>
    /// <param name="tokens">Sub-tokens in the synthetic pair.</param>
    /// <param name="repetitions">Timed runs per unit.</param>
    /// <param name="seed">Seed of the synthetic pair.</param>
    public static ImmutableArray<(ScoreUnit Unit, double Seconds)> Run(int tokens, int repetitions = 7, int seed = 1)
    {
        if (repetitions < 1) throw new ArgumentOutOfRangeException(nameof(repetitions), repetitions, "need at least one run");
        var pair = SyntheticTagging.Generate(tokens, seed, subtokens: true);
        var results = ImmutableArray.CreateBuilder<(ScoreUnit, double)>(Units.Length);
        foreach (var unit in Units)
        {
            Scorer.Score(pair, unit);
            var seconds = new double[repetitions];
            for (int r = 0; r < repetitions; r++)
            {
                long start = Stopwatch.GetTimestamp();
                Scorer.Score(pair, unit);
                seconds[r] = Stopwatch.GetElapsedTime(start).TotalSeconds;
            }
            Array.Sort(seconds);
            results.Add((unit, PairedBootstrap.Percentile(seconds, 0.5)));
        }
        return results.MoveToImmutable();
    }
}
