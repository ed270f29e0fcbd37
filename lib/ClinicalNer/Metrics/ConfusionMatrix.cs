using System.Collections.Immutable;
using System.Text;

namespace ClinicalNer.Metrics;

/// <summary>
/// Counts of (gold class, predicted class) pairs over the units of a label unit, rows gold and columns predicted,
/// classes in report order (scikit-learn's <c>confusion_matrix</c>). The paper reads its error analysis from these
/// (I-Drug → O, I-ADE ↔ I-Reason).
/// </summary>
/// <param name="Unit">The label unit counted.</param>
/// <param name="Classes">Row and column classes, in order.</param>
/// <param name="Counts">Row-major counts: <c>Counts[gold * Classes.Length + predicted]</c>.</param>
public sealed record ConfusionMatrix(ScoreUnit Unit, ImmutableArray<string> Classes, ImmutableArray<long> Counts)
{
    /// <summary>How many units of gold class <paramref name="gold"/> were predicted as <paramref name="predicted"/>.</summary>
    /// <exception cref="KeyNotFoundException">A class is not in the matrix.</exception>
    public long this[string gold, string predicted] => Counts[IndexOf(gold) * Classes.Length + IndexOf(predicted)];

    /// <summary>
    /// The confusion matrix of a label unit (<c>subtoken</c>, <c>subtoken-type</c> or <c>word</c>) after the options'
    /// mapping; with a class subset, only its rows and columns (a class absent from the data has zeros).
    /// </summary>
    /// <exception cref="ArgumentException">The unit is not a label unit, or the type map names a type absent from the data.</exception>
    public static ConfusionMatrix Of(TaggedPair pair, ScoreUnit unit, ScoreOptions? options = null)
    {
        if (!unit.IsLabelUnit())
            throw new ArgumentException($"a confusion matrix is over labels; unit {unit.Name()} is not a label unit", nameof(unit));
        options ??= ScoreOptions.None;
        var space = LabelSpace.Build(pair.Labels, unit, options.TypeMap);
        int raw = space.Names.Length;
        var counts = new long[raw * raw]; // [gold class, predicted class]
        CountPairs(pair, unit == ScoreUnit.Word ? pair.WordStarts : null, space.ClassOf, raw, counts);
        var full = Present(unit, space.Names, counts);
        return options.Labels.IsEmpty ? full : full.Restrict(options.Labels);
    }

    /// <summary>Per class: true positives (diagonal), predicted (column sums) and gold (row sums).</summary>
    internal ClassCounts ToClassCounts()
    {
        int n = Classes.Length;
        var tp = new long[n];
        var predicted = new long[n];
        var gold = new long[n];
        for (int g = 0; g < n; g++)
            for (int p = 0; p < n; p++)
            {
                long c = Counts[g * n + p];
                gold[g] += c;
                predicted[p] += c;
                if (g == p) tp[g] = c;
            }
        return new ClassCounts([.. Classes], tp, predicted, gold);
    }

    /// <summary>The matrix as text: one row per gold class, one column per predicted class.</summary>
    public string Format()
    {
        int n = Classes.Length;
        int nameWidth = Math.Max("gold \\ predicted".Length, Classes.Max(c => c.Length));
        int cellWidth = Math.Max(Classes.Max(c => c.Length), Counts.Max().ToString().Length) + 1;
        var sb = new StringBuilder();
        sb.Append($"confusion matrix  unit: {Unit.Name()}  mode: {Unit.Mode()}  scheme: {Unit.Scheme()}  (rows gold, columns predicted)\n");
        sb.Append("gold \\ predicted".PadRight(nameWidth));
        foreach (string c in Classes) sb.Append(c.PadLeft(cellWidth));
        sb.Append('\n');
        for (int g = 0; g < n; g++)
        {
            sb.Append(Classes[g].PadRight(nameWidth));
            for (int p = 0; p < n; p++) sb.Append(Counts[g * n + p].ToString().PadLeft(cellWidth));
            sb.Append('\n');
        }
        return sb.ToString();
    }

    int IndexOf(string name)
    {
        int i = Classes.IndexOf(name);
        return i >= 0 ? i : throw new KeyNotFoundException($"no class '{name}' in the confusion matrix");
    }

    ConfusionMatrix Restrict(ImmutableArray<string> subset)
    {
        var index = subset.Select(c => Classes.IndexOf(c)).ToArray(); // -1: absent class, zero row and column
        var counts = new long[subset.Length * subset.Length];
        for (int g = 0; g < subset.Length; g++)
            for (int p = 0; p < subset.Length; p++)
                if (index[g] >= 0 && index[p] >= 0)
                    counts[g * subset.Length + p] = Counts[index[g] * Classes.Length + index[p]];
        return new ConfusionMatrix(Unit, subset, [.. counts]);
    }

    static void CountPairs(TaggedPair pair, bool[]? only, int[] classOf, int width, long[] counts)
    {
        int[] gold = pair.Gold, predicted = pair.Predicted;
        if (only is null)
        {
            for (int i = 0; i < gold.Length; i++) counts[classOf[gold[i]] * width + classOf[predicted[i]]]++;
            return;
        }
        for (int i = 0; i < gold.Length; i++)
            if (only[i]) counts[classOf[gold[i]] * width + classOf[predicted[i]]]++;
    }

    /// <summary>The classes that occur on either side, sorted as scikit-learn's <c>unique_labels</c> sorts strings.</summary>
    static ConfusionMatrix Present(ScoreUnit unit, string[] names, long[] counts)
    {
        int raw = names.Length;
        var occurs = new bool[raw];
        for (int g = 0; g < raw; g++)
            for (int p = 0; p < raw; p++)
                if (counts[g * raw + p] != 0) occurs[g] = occurs[p] = true;
        var order = Enumerable.Range(0, raw).Where(i => occurs[i]).OrderBy(i => names[i], StringComparer.Ordinal).ToArray();
        var kept = new long[order.Length * order.Length];
        for (int g = 0; g < order.Length; g++)
            for (int p = 0; p < order.Length; p++)
                kept[g * order.Length + p] = counts[order[g] * raw + order[p]];
        return new ConfusionMatrix(unit, [.. order.Select(i => names[i])], [.. kept]);
    }

    /// <summary>Value equality that compares classes and counts element-wise.</summary>
    public bool Equals(ConfusionMatrix? other) =>
        other is not null && Unit == other.Unit && Classes.SequenceEqual(other.Classes) && Counts.SequenceEqual(other.Counts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Classes.Length);
}
