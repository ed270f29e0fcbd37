using ClinicalNer.Metrics.Entities;
using ClinicalNer.Metrics.N2c2;

namespace ClinicalNer.Metrics;

/// <summary>Scores a tagged pair at a label unit (scikit-learn semantics) or an entity unit (seqeval semantics).</summary>
public static class Scorer
{
    /// <summary>
    /// The classification report of <paramref name="pair"/> at <paramref name="unit"/>. Label units count one label per
    /// token (per word for <see cref="ScoreUnit.Word"/>); entity units count entities, a true positive being the
    /// same start, end and type. Zero divisions give 0.
    /// </summary>
    /// <exception cref="ArgumentException">The unit is an n2c2 unit (those score brat folders, see <see cref="N2c2Evaluation"/>), or the type map names a type absent from the data.</exception>
    public static ScoreReport Score(TaggedPair pair, ScoreUnit unit, ScoreOptions? options = null)
    {
        options ??= ScoreOptions.None;
        if (unit.IsLabelUnit())
        {
            var counts = ConfusionMatrix.Of(pair, unit, options with { Labels = [] }).ToClassCounts();
            // scikit-learn prints "accuracy" instead of "micro avg" unless the subset leaves a present label out.
            bool accuracy = options.Labels.IsEmpty || options.Labels.ToHashSet(StringComparer.Ordinal).SetEquals(counts.Names);
            if (!options.Labels.IsEmpty) counts = counts.Select(options.Labels);
            return counts.ToReport(unit, accuracy);
        }
        if (unit.IsEntityUnit())
        {
            var counts = EntityChunks.Extract(pair, unit == ScoreUnit.EntityStrict, options.TypeMap).Count();
            if (!options.Labels.IsEmpty) counts = counts.Select(options.Labels);
            return counts.ToReport(unit, accuracyDefined: false);
        }
        throw new ArgumentException($"unit {unit.Name()} scores brat folders, not tag sequences", nameof(unit));
    }
}
