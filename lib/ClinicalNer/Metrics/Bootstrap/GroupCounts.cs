using ClinicalNer.Metrics.Entities;
using ClinicalNer.Metrics.N2c2;

namespace ClinicalNer.Metrics.Bootstrap;

/// <summary>
/// Per resampling unit (a document, or a sentence when documents are unknown) and class: true positives, predicted
/// and gold counts. Bootstrap samples sum these, so every statistic of a sample is an exact re-scoring of the
/// resampled corpus.
/// </summary>
internal sealed class GroupCounts
{
    public GroupCounts(string[] classes, int groups, long[] truePositives, long[] predicted, long[] gold)
    {
        Classes = classes;
        Groups = groups;
        TruePositives = truePositives;
        Predicted = predicted;
        Gold = gold;
    }

    public string[] Classes { get; }
    public int Groups { get; }
    public long[] TruePositives { get; } // [group * Classes.Length + class]
    public long[] Predicted { get; }
    public long[] Gold { get; }

    /// <summary>Counts of a label unit, grouped by <paramref name="groupOfSentence"/>; with a subset, units outside it are not counted on that side.</summary>
    public static GroupCounts ForLabels(TaggedPair pair, ScoreUnit unit, ScoreOptions options, int[] groupOfSentence, int groups)
    {
        var classes = ConfusionMatrix.Of(pair, unit, options).Classes.ToArray();
        var space = LabelSpace.Build(pair.Labels, unit, options.TypeMap);
        var classOfLabel = new int[pair.Labels.Count]; // [label id] -> class index, -1 outside the reported classes
        for (int id = 0; id < classOfLabel.Length; id++)
            classOfLabel[id] = Array.IndexOf(classes, space.Names[space.ClassOf[id]]);
        var counts = Empty(classes, groups);
        bool[]? only = unit == ScoreUnit.Word ? pair.WordStarts : null;
        for (int s = 0; s < pair.SentenceCount; s++)
        {
            int row = groupOfSentence[s] * classes.Length;
            for (int t = pair.SentenceStarts[s]; t < pair.SentenceStarts[s + 1]; t++)
            {
                if (only is not null && !only[t]) continue;
                int g = classOfLabel[pair.Gold[t]], p = classOfLabel[pair.Predicted[t]];
                if (g >= 0) counts.Gold[row + g]++;
                if (p >= 0) counts.Predicted[row + p]++;
                if (g >= 0 && g == p) counts.TruePositives[row + g]++;
            }
        }
        return counts;
    }

    /// <summary>Counts of an entity unit, each entity in the group of the sentence it starts in.</summary>
    public static GroupCounts ForEntities(TaggedPair pair, ScoreUnit unit, ScoreOptions options, int[] groupOfSentence, int groups)
    {
        var chunks = EntityChunks.Extract(pair, unit == ScoreUnit.EntityStrict, options.TypeMap);
        var present = chunks.Count();
        var classes = options.Labels.IsEmpty ? present.Names : present.Select(options.Labels).Names;
        var classOfType = chunks.Types.Select(t => Array.IndexOf(classes, t)).ToArray();
        var counts = Empty(classes, groups);
        int Cell(Chunk c) => classOfType[c.Type] < 0 ? -1 : groupOfSentence[pair.SentenceOf(c.Start)] * classes.Length + classOfType[c.Type];
        foreach (var c in chunks.Gold)
            if (Cell(c) is >= 0 and var cell) counts.Gold[cell]++;
        foreach (var c in chunks.Predicted)
            if (Cell(c) is >= 0 and var cell) counts.Predicted[cell]++;
        chunks.ForEachMatch((g, _) =>
        {
            if (Cell(g) is >= 0 and var cell) counts.TruePositives[cell]++;
        });
        return counts;
    }

    /// <summary>Counts of an n2c2 unit, one group per document.</summary>
    public static GroupCounts ForN2c2(N2c2Evaluation evaluation, ScoreUnit unit)
    {
        var raw = evaluation.Counts(unit);
        var classes = evaluation.Types.ToArray();
        var counts = Empty(classes, evaluation.Documents.Length);
        for (int cell = 0; cell < counts.Gold.Length; cell++)
        {
            long tp = raw[cell * 3], fp = raw[cell * 3 + 1], fn = raw[cell * 3 + 2];
            counts.TruePositives[cell] = tp;
            counts.Predicted[cell] = tp + fp;
            counts.Gold[cell] = tp + fn;
        }
        return counts;
    }

    /// <summary>These counts over <paramref name="classes"/> (a superset of <see cref="Classes"/>), zero for the added ones.</summary>
    public GroupCounts Widen(string[] classes)
    {
        var widened = Empty(classes, Groups);
        var target = Classes.Select(c => Array.IndexOf(classes, c)).ToArray();
        for (int g = 0; g < Groups; g++)
            for (int c = 0; c < Classes.Length; c++)
            {
                int from = g * Classes.Length + c, to = g * classes.Length + target[c];
                widened.TruePositives[to] = TruePositives[from];
                widened.Predicted[to] = Predicted[from];
                widened.Gold[to] = Gold[from];
            }
        return widened;
    }

    static GroupCounts Empty(string[] classes, int groups) =>
        new(classes, groups, new long[groups * classes.Length], new long[groups * classes.Length], new long[groups * classes.Length]);
}
