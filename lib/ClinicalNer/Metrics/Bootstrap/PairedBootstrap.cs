using System.Collections.Immutable;
using ClinicalNer.Metrics.N2c2;
using ClinicalNer.Runtime;

namespace ClinicalNer.Metrics.Bootstrap;

/// <summary>
/// Paired bootstrap over documents (Koehn 2004; Berg-Kirkpatrick et al. 2012): each sample draws as many documents as
/// the test set has, with replacement, the same draw for both systems, and re-scores both on it. Confidence
/// intervals are percentiles of the sampled values. The p-value of a difference δ is two-sided under the shifted
/// null: (1 + #{samples with |δ* − δ| ≥ |δ|}) / (samples + 1). Sentences are resampled when the input names no
/// documents (2-column CoNLL), which understates the variance of document-level effects.
/// </summary>
public static class PairedBootstrap
{
    /// <summary>Compares two systems tagged against the same gold tokens at a label or entity unit.</summary>
    /// <exception cref="ArgumentException">The pairs do not share their gold tagging, or the unit is an n2c2 unit.</exception>
    public static BootstrapComparison Compare(TaggedPair a, TaggedPair b, ScoreUnit unit, BootstrapOptions? bootstrap = null, ScoreOptions? options = null)
    {
        if (unit.IsN2c2Unit()) throw new ArgumentException($"unit {unit.Name()} compares brat folders", nameof(unit));
        CheckSameGold(a, b);
        options ??= ScoreOptions.None;
        bool byDocument = a.DocumentIds.Length > 1 && !a.DocumentIds.Contains("");
        int[] groupOfSentence = byDocument ? a.SentenceDocuments : [.. Enumerable.Range(0, a.SentenceCount)];
        int groups = byDocument ? a.DocumentIds.Length : a.SentenceCount;
        GroupCounts Count(TaggedPair pair) => unit.IsLabelUnit()
            ? GroupCounts.ForLabels(pair, unit, options, groupOfSentence, groups)
            : GroupCounts.ForEntities(pair, unit, options, groupOfSentence, groups);
        return Run(Count(a), Count(b), unit, byDocument ? "documents" : "sentences", bootstrap ?? new BootstrapOptions(), officialF1: false);
    }

    /// <summary>Compares two systems' n2c2 evaluations against the same gold folder, resampling documents.</summary>
    /// <exception cref="ArgumentException">The evaluations score different documents, or the unit is not an n2c2 unit.</exception>
    public static BootstrapComparison Compare(N2c2Evaluation a, N2c2Evaluation b, ScoreUnit unit, BootstrapOptions? bootstrap = null)
    {
        if (!a.Documents.SequenceEqual(b.Documents))
            throw new ArgumentException(
                $"the system folders cover different documents ({a.SystemDirectory}: {a.Documents.Length}, {b.SystemDirectory}: {b.Documents.Length} scored); a paired comparison needs the same ones");
        return Run(GroupCounts.ForN2c2(a, unit), GroupCounts.ForN2c2(b, unit), unit, "documents", bootstrap ?? new BootstrapOptions(), officialF1: true);
    }

    static BootstrapComparison Run(GroupCounts a, GroupCounts b, ScoreUnit unit, string resampled, BootstrapOptions options, bool officialF1)
    {
        if (options.Samples < 1) throw new ArgumentException($"samples must be positive, not {options.Samples}", nameof(options));
        if (options.Confidence is <= 0 or >= 1) throw new ArgumentException($"confidence must lie in (0, 1), not {options.Confidence}", nameof(options));
        string[] classes = [.. a.Classes.Concat(b.Classes.Except(a.Classes))];
        var sparseA = new SparseCounts(a.Widen(classes));
        var sparseB = new SparseCounts(b.Widen(classes));
        int groups = a.Groups, stats = classes.Length + 2; // per class F1, then micro, then macro

        var whole = new int[groups];
        Array.Fill(whole, 1);
        double[] observedA = Statistics(sparseA, whole, officialF1), observedB = Statistics(sparseB, whole, officialF1);

        var sampledA = new double[stats][];
        var sampledB = new double[stats][];
        for (int k = 0; k < stats; k++)
        {
            sampledA[k] = new double[options.Samples];
            sampledB[k] = new double[options.Samples];
        }
        var random = new SeededRandom(options.Seed);
        var multiplicity = new int[groups]; // [group] -> times drawn in this sample
        for (int sample = 0; sample < options.Samples; sample++)
        {
            Array.Clear(multiplicity);
            for (int draw = 0; draw < groups; draw++) multiplicity[random.Next(groups)]++;
            double[] sa = Statistics(sparseA, multiplicity, officialF1), sb = Statistics(sparseB, multiplicity, officialF1);
            for (int k = 0; k < stats; k++)
            {
                sampledA[k][sample] = sa[k];
                sampledB[k][sample] = sb[k];
            }
        }

        F1Comparison Compare(string name, int k)
        {
            double difference = observedB[k] - observedA[k];
            var differences = new double[options.Samples];
            int extreme = 0;
            for (int s = 0; s < options.Samples; s++)
            {
                differences[s] = sampledB[k][s] - sampledA[k][s];
                if (Math.Abs(differences[s] - difference) >= Math.Abs(difference)) extreme++;
            }
            return new F1Comparison(name,
                Interval(observedA[k], sampledA[k], options.Confidence),
                Interval(observedB[k], sampledB[k], options.Confidence),
                Interval(difference, differences, options.Confidence),
                (1.0 + extreme) / (options.Samples + 1.0));
        }

        return new BootstrapComparison(unit, resampled, groups, options.Samples, options.Seed, options.Confidence,
            [.. classes.Select((c, k) => Compare(c, k))], Compare("micro", classes.Length), Compare("macro", classes.Length + 1));
    }

    /// <summary>Per-class F1, micro F1 and macro F1 of the corpus made of each group taken <paramref name="multiplicity"/> times.</summary>
    static double[] Statistics(SparseCounts counts, int[] multiplicity, bool officialF1)
    {
        int n = counts.Classes;
        var tp = new long[n];
        var predicted = new long[n];
        var gold = new long[n];
        for (int g = 0; g < multiplicity.Length; g++)
        {
            int m = multiplicity[g];
            if (m == 0) continue;
            for (int k = counts.GroupStarts[g]; k < counts.GroupStarts[g + 1]; k++)
            {
                int c = counts.Class[k];
                tp[c] += m * counts.TruePositives[k];
                predicted[c] += m * counts.Predicted[k];
                gold[c] += m * counts.Gold[k];
            }
        }
        Func<double, double, double> f1 = officialF1 ? PrecisionRecall.OfficialF1 : PrecisionRecall.F1;
        var result = new double[n + 2];
        long tpSum = 0, predictedSum = 0, goldSum = 0;
        double macro = 0;
        for (int c = 0; c < n; c++)
        {
            result[c] = f1(PrecisionRecall.Divide(tp[c], predicted[c]), PrecisionRecall.Divide(tp[c], gold[c]));
            macro += result[c];
            tpSum += tp[c];
            predictedSum += predicted[c];
            goldSum += gold[c];
        }
        result[n] = f1(PrecisionRecall.Divide(tpSum, predictedSum), PrecisionRecall.Divide(tpSum, goldSum));
        result[n + 1] = n == 0 ? 0 : macro / n;
        return result;
    }

    /// <summary>The non-zero cells of <see cref="GroupCounts"/>, group by group: most sentences touch few classes.</summary>
    sealed class SparseCounts
    {
        public SparseCounts(GroupCounts dense)
        {
            Classes = dense.Classes.Length;
            GroupStarts = new int[dense.Groups + 1];
            var cells = new List<int>();
            for (int g = 0; g < dense.Groups; g++)
            {
                for (int c = 0; c < Classes; c++)
                {
                    int at = g * Classes + c;
                    if (dense.TruePositives[at] != 0 || dense.Predicted[at] != 0 || dense.Gold[at] != 0) cells.Add(at);
                }
                GroupStarts[g + 1] = cells.Count;
            }
            Class = [.. cells.Select(at => at % Classes)];
            TruePositives = [.. cells.Select(at => dense.TruePositives[at])];
            Predicted = [.. cells.Select(at => dense.Predicted[at])];
            Gold = [.. cells.Select(at => dense.Gold[at])];
        }

        public int Classes { get; }
        public int[] GroupStarts { get; }   // [group + 1] -> first cell of the group
        public int[] Class { get; }         // [cell] -> class
        public long[] TruePositives { get; }
        public long[] Predicted { get; }
        public long[] Gold { get; }
    }

    static Estimate Interval(double value, double[] samples, double confidence)
    {
        var sorted = (double[])samples.Clone();
        Array.Sort(sorted);
        double tail = (1 - confidence) / 2;
        return new Estimate(value, Percentile(sorted, tail), Percentile(sorted, 1 - tail));
    }

    /// <summary>numpy's default (linear) percentile of sorted values, <paramref name="q"/> in [0, 1].</summary>
    internal static double Percentile(double[] sorted, double q)
    {
        double position = q * (sorted.Length - 1);
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }

    static void CheckSameGold(TaggedPair a, TaggedPair b)
    {
        bool same = a.TokenCount == b.TokenCount && a.SentenceStarts.AsSpan().SequenceEqual(b.SentenceStarts) &&
                    a.DocumentIds.SequenceEqual(b.DocumentIds);
        for (int t = 0; same && t < a.TokenCount; t++) same = a.Labels[a.Gold[t]] == b.Labels[b.Gold[t]];
        if (!same)
            throw new ArgumentException($"the two systems were not scored against the same gold tagging ({a.GoldSource}, {b.GoldSource})");
    }
}
