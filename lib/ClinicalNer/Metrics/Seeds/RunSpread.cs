using System.Collections.Immutable;

namespace ClinicalNer.Metrics.Seeds;

/// <summary>
/// Mean and standard deviation of every score over runs that differ only by their seed: the noise floor a difference
/// between two systems must clear. A class missing from a run's report (never predicted nor in gold there) counts 0.
/// </summary>
/// <param name="Unit">The unit of every run.</param>
/// <param name="Runs">Number of runs.</param>
/// <param name="Classes">Per class, in the first run's order then any class only later runs have.</param>
/// <param name="Accuracy">Spread of the accuracy, when every run defines it.</param>
/// <param name="Micro">Spread of the micro average.</param>
/// <param name="Macro">Spread of the macro average.</param>
/// <param name="Weighted">Spread of the weighted average.</param>
public sealed record RunSpread(ScoreUnit Unit, int Runs, ImmutableArray<ScoresSpread> Classes, Spread? Accuracy,
                               ScoresSpread Micro, ScoresSpread Macro, ScoresSpread Weighted)
{
    /// <summary>The spread of <paramref name="runs"/>, reports of the same unit.</summary>
    /// <exception cref="ArgumentException">Fewer than two runs, or runs of different units.</exception>
    public static RunSpread Of(IReadOnlyList<ScoreReport> runs)
    {
        if (runs.Count < 2) throw new ArgumentException($"a spread needs at least two runs, got {runs.Count}", nameof(runs));
        var unit = runs[0].Unit;
        if (runs.Any(r => r.Unit != unit)) throw new ArgumentException("all runs must be scored at the same unit", nameof(runs));
        var names = runs.SelectMany(r => r.Classes.Select(c => c.Name)).Distinct().ToArray();
        var zero = new Scores(0, 0, 0, 0);
        var classes = names.Select(n => Of(n, runs.Select(r => r.Classes.FirstOrDefault(c => c.Name == n)?.Scores ?? zero).ToArray()));
        Spread? accuracy = runs.All(r => r.Accuracy.HasValue) ? Spread.Of([.. runs.Select(r => r.Accuracy!.Value)]) : null;
        return new RunSpread(unit, runs.Count, [.. classes], accuracy,
                             Of("micro", [.. runs.Select(r => r.Micro)]),
                             Of("macro", [.. runs.Select(r => r.Macro)]),
                             Of("weighted", [.. runs.Select(r => r.Weighted)]));
    }

    static ScoresSpread Of(string name, Scores[] scores) =>
        new(name, Spread.Of([.. scores.Select(s => s.Precision)]), Spread.Of([.. scores.Select(s => s.Recall)]),
            Spread.Of([.. scores.Select(s => s.F1)]));

    /// <summary>Value equality that compares the class rows element-wise.</summary>
    public bool Equals(RunSpread? other) =>
        other is not null && Unit == other.Unit && Runs == other.Runs && Classes.SequenceEqual(other.Classes) &&
        Accuracy == other.Accuracy && Micro == other.Micro && Macro == other.Macro && Weighted == other.Weighted;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Runs, Micro);
}
