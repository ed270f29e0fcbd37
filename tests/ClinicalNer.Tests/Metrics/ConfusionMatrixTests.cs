using ClinicalNer.Metrics;
using ClinicalNer.Sample.Taggings;

namespace ClinicalNer.Tests.Metrics;

public class ConfusionMatrixTests
{
    [Fact]
    public void String_label_example_of_the_scikit_learn_documentation()
    {
        // confusion_matrix docs: y_true ["cat","ant","cat","cat","ant","bird"], y_pred ["ant","ant","cat","cat","ant","cat"],
        // labels ["ant","bird","cat"] -> [[2, 0, 0], [0, 0, 1], [1, 0, 2]]
        var pair = Tagging.Pair(Tagging.AsTypes("cat", "ant", "cat", "cat", "ant", "bird"), Tagging.AsTypes("ant", "ant", "cat", "cat", "ant", "cat"));

        var matrix = ConfusionMatrix.Of(pair, ScoreUnit.SubtokenType);

        Assert.Equal(["ant", "bird", "cat"], matrix.Classes.ToArray());
        Assert.Equal([2L, 0, 0, 0, 0, 1, 1, 0, 2], matrix.Counts.ToArray());
        Assert.Equal(1, matrix["cat", "ant"]);
    }

    [Fact]
    public void Subset_keeps_only_its_rows_and_columns_in_its_order()
    {
        var pair = Tagging.Pair(["B-Drug", "I-Drug", "O", "I-Drug"], ["B-Drug", "O", "I-Drug", "I-Drug"]);

        var matrix = ConfusionMatrix.Of(pair, ScoreUnit.Subtoken, new ScoreOptions { Labels = ["I-Drug", "O"] });

        Assert.Equal(["I-Drug", "O"], matrix.Classes.ToArray());
        Assert.Equal([1L, 1, 1, 0], matrix.Counts.ToArray());
    }

    [Fact]
    public void Diagonal_and_margins_give_the_report_counts()
    {
        var (gold, predicted) = SyntheticTagging.GenerateSentences(300, 5);
        var pair = TaggedPair.FromSentences(gold, predicted);
        var matrix = ConfusionMatrix.Of(pair, ScoreUnit.Subtoken);
        var report = Scorer.Score(pair, ScoreUnit.Subtoken);

        long diagonal = Enumerable.Range(0, matrix.Classes.Length).Sum(i => matrix.Counts[i * matrix.Classes.Length + i]);
        Assert.Equal(report.Accuracy!.Value, (double)diagonal / pair.TokenCount, 1e-12);
        foreach (var c in report.Classes)
            Assert.Equal(c.Scores.Support, matrix.Classes.Sum(p => matrix[c.Name, p]));
    }

    [Fact]
    public void Entity_units_have_no_confusion_matrix()
    {
        var pair = Tagging.Pair(["B-Drug"], ["B-Drug"]);
        Assert.Throws<ArgumentException>(() => ConfusionMatrix.Of(pair, ScoreUnit.EntityStrict));
    }

    [Fact]
    public void Text_names_the_unit_and_lays_out_gold_rows()
    {
        var pair = Tagging.Pair(Tagging.AsTypes("a", "b", "b"), Tagging.AsTypes("a", "a", "b"));
        string text = ConfusionMatrix.Of(pair, ScoreUnit.SubtokenType).Format();
        Assert.Equal(
            "confusion matrix  unit: subtoken-type  mode: label  scheme: type  (rows gold, columns predicted)\n" +
            "gold \\ predicted a b\n" +
            "a                1 0\n" +
            "b                1 1\n", text);
    }
}
