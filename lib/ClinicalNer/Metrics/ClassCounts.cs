using System.Collections.Immutable;

namespace ClinicalNer.Metrics;

/// <summary>
/// The sufficient statistics of a classification report: per class, true positives, predicted count and gold count.
/// Turning them into scores follows scikit-learn's <c>precision_recall_fscore_support</c> (zero_division = 0), which
/// seqeval and the n2c2 script share up to the order of operations in F1.
/// </summary>
internal sealed class ClassCounts
{
    public ClassCounts(string[] names, long[] truePositives, long[] predicted, long[] gold)
    {
        Names = names;
        TruePositives = truePositives;
        Predicted = predicted;
        Gold = gold;
    }

    public string[] Names { get; }
    public long[] TruePositives { get; }
    public long[] Predicted { get; }
    public long[] Gold { get; }
    public int Count => Names.Length;

    /// <summary>
    /// The classes named in <paramref name="subset"/>, in that order (scikit-learn's <c>labels=</c>); a name that is
    /// not a class gets zero counts, as scikit-learn gives it.
    /// </summary>
    public ClassCounts Select(IReadOnlyList<string> subset)
    {
        var tp = new long[subset.Count];
        var predicted = new long[subset.Count];
        var gold = new long[subset.Count];
        for (int k = 0; k < subset.Count; k++)
        {
            int i = Array.IndexOf(Names, subset[k]);
            if (i < 0) continue;
            tp[k] = TruePositives[i];
            predicted[k] = Predicted[i];
            gold[k] = Gold[i];
        }
        return new ClassCounts([.. subset], tp, predicted, gold);
    }

    /// <summary>Per-class scores and the micro, macro and weighted averages.</summary>
    /// <param name="unit">The unit the counts are of.</param>
    /// <param name="accuracyDefined">True when micro equals accuracy (all present labels reported, label units only).</param>
    /// <param name="officialF1">Use the n2c2 script's F1 formula instead of scikit-learn's.</param>
    public ScoreReport ToReport(ScoreUnit unit, bool accuracyDefined, bool officialF1 = false)
    {
        Func<double, double, double> f1 = officialF1 ? PrecisionRecall.OfficialF1 : PrecisionRecall.F1;
        var rows = ImmutableArray.CreateBuilder<ClassScores>(Count);
        double sumP = 0, sumR = 0, sumF = 0, weightedP = 0, weightedR = 0, weightedF = 0;
        long tpSum = 0, predictedSum = 0, goldSum = 0;
        for (int i = 0; i < Count; i++)
        {
            double p = PrecisionRecall.Divide(TruePositives[i], Predicted[i]);
            double r = PrecisionRecall.Divide(TruePositives[i], Gold[i]);
            double f = f1(p, r);
            rows.Add(new ClassScores(Names[i], new Scores(p, r, f, Gold[i])));
            sumP += p; sumR += r; sumF += f;
            weightedP += p * Gold[i]; weightedR += r * Gold[i]; weightedF += f * Gold[i];
            tpSum += TruePositives[i]; predictedSum += Predicted[i]; goldSum += Gold[i];
        }
        double microP = PrecisionRecall.Divide(tpSum, predictedSum), microR = PrecisionRecall.Divide(tpSum, goldSum);
        var micro = new Scores(microP, microR, f1(microP, microR), goldSum);
        var macro = Count == 0
            ? new Scores(0, 0, 0, goldSum)
            : new Scores(sumP / Count, sumR / Count, sumF / Count, goldSum);
        // scikit-learn returns zeros for a weighted average without any gold unit instead of dividing by 0.
        var weighted = goldSum == 0
            ? new Scores(0, 0, 0, 0)
            : new Scores(weightedP / goldSum, weightedR / goldSum, weightedF / goldSum, goldSum);
        return new ScoreReport(unit, rows.MoveToImmutable(), accuracyDefined ? micro.F1 : null, micro, macro, weighted);
    }
}
