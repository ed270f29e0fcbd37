using System.Collections.Immutable;
using ClinicalNer.Metrics;
using ClinicalNer.Metrics.Reports;
using ClinicalNer.Sample.Lexicons;

namespace ClinicalNer.Tests.Metrics;

/// <summary>
/// The label units against hand-worked values and the examples printed in scikit-learn's documentation. Plain
/// class labels of those examples are written as one-token entities (<c>B-cat</c>) and scored at the
/// <c>subtoken-type</c> unit, which strips the prefix back off.
/// </summary>
public class LabelReportTests
{
    const double Exact = 1e-12;

    [Fact]
    public void Classification_report_example_of_the_scikit_learn_documentation()
    {
        // classification_report docs: y_true = [0, 1, 2, 2, 2], y_pred = [0, 0, 2, 2, 1]
        var pair = Tagging.Pair(Tagging.AsTypes("c0", "c1", "c2", "c2", "c2"), Tagging.AsTypes("c0", "c0", "c2", "c2", "c1"));
        var report = Scorer.Score(pair, ScoreUnit.SubtokenType);

        Assert.Equal(["c0", "c1", "c2"], report.Classes.Select(c => c.Name));
        AssertScores(report["c0"], 1 / 2.0, 1.0, 2 / 3.0, 1);
        AssertScores(report["c1"], 0, 0, 0, 1);
        AssertScores(report["c2"], 1.0, 2 / 3.0, 0.8, 3);
        Assert.Equal(0.6, report.Accuracy!.Value, Exact);
        AssertScores(report.Macro, 0.5, (1 + 2 / 3.0) / 3, (2 / 3.0 + 0.8) / 3, 5);
        AssertScores(report.Weighted, 0.7, 0.6, (2 / 3.0 + 3 * 0.8) / 5, 5);
        // The documentation prints two digits: accuracy 0.60, macro 0.50 0.56 0.49, weighted 0.70 0.60 0.61.
        Assert.Equal([0.50, 0.56, 0.49], Rounded(report.Macro, 2));
        Assert.Equal([0.70, 0.60, 0.61], Rounded(report.Weighted, 2));
    }

    [Fact]
    public void Label_subset_example_of_the_scikit_learn_documentation_prints_micro_avg()
    {
        // classification_report docs: y_true = [1, 1, 1], y_pred = [1, 1, 0], labels=[1, 2, 3]
        var pair = Tagging.Pair(Tagging.AsTypes("c1", "c1", "c1"), Tagging.AsTypes("c1", "c1", "c0"));
        var report = Scorer.Score(pair, ScoreUnit.SubtokenType, new ScoreOptions { Labels = ["c1", "c2", "c3"] });

        Assert.Null(report.Accuracy);
        Assert.Equal(["c1", "c2", "c3"], report.Classes.Select(c => c.Name));
        AssertScores(report["c1"], 1.0, 2 / 3.0, 0.8, 3);
        AssertScores(report["c2"], 0, 0, 0, 0);
        AssertScores(report["c3"], 0, 0, 0, 0);
        AssertScores(report.Micro, 1.0, 2 / 3.0, 0.8, 3);
        AssertScores(report.Macro, 1 / 3.0, 2 / 9.0, 0.8 / 3, 3);
        AssertScores(report.Weighted, 1.0, 2 / 3.0, 0.8, 3);
        Assert.Contains("\n   micro avg     1.0000    0.6667    0.8000         3\n", ReportText.Format(report));
    }

    [Fact]
    public void Precision_recall_fscore_support_example_of_the_scikit_learn_documentation()
    {
        // precision_recall_fscore_support docs: cat/dog/pig, macro (0.22, 0.33, 0.26), micro (0.33, 0.33, 0.33)
        var pair = Tagging.Pair(Tagging.AsTypes("cat", "dog", "pig", "cat", "dog", "pig"),
                                Tagging.AsTypes("cat", "pig", "dog", "cat", "cat", "dog"));
        var report = Scorer.Score(pair, ScoreUnit.SubtokenType);

        AssertScores(report.Macro, 2 / 9.0, 1 / 3.0, 0.8 / 3, 6);
        AssertScores(report.Micro, 1 / 3.0, 1 / 3.0, 1 / 3.0, 6);
        AssertScores(report.Weighted, 2 / 9.0, 1 / 3.0, 0.8 / 3, 6);
        var subset = Scorer.Score(pair, ScoreUnit.SubtokenType, new ScoreOptions { Labels = ["pig", "dog", "cat"] });
        Assert.Equal(["pig", "dog", "cat"], subset.Classes.Select(c => c.Name));
        AssertScores(subset["pig"], 0, 0, 0, 2);
        AssertScores(subset["dog"], 0, 0, 0, 2);
        AssertScores(subset["cat"], 2 / 3.0, 1.0, 0.8, 2);
        Assert.NotNull(subset.Accuracy); // the subset is every present label, so scikit-learn still prints accuracy
    }

    [Fact]
    public void Subtoken_unit_counts_each_BIO_label_as_its_own_class()
    {
        // Hand-worked: gold B-Drug I-Drug O B-ADE, predicted B-Drug B-Drug O B-Reason.
        var pair = Tagging.Pair(["B-Drug", "I-Drug", "O", "B-ADE"], ["B-Drug", "B-Drug", "O", "B-Reason"]);
        var report = Scorer.Score(pair, ScoreUnit.Subtoken);

        Assert.Equal(["B-ADE", "B-Drug", "B-Reason", "I-Drug", "O"], report.Classes.Select(c => c.Name));
        AssertScores(report["B-Drug"], 0.5, 1.0, 2 / 3.0, 1);
        AssertScores(report["I-Drug"], 0, 0, 0, 1);
        AssertScores(report["B-ADE"], 0, 0, 0, 1);     // absent from the prediction: recall 0, precision 0 by zero division
        AssertScores(report["B-Reason"], 0, 0, 0, 0);  // absent from gold: support 0, still in the macro average
        AssertScores(report["O"], 1, 1, 1, 1);
        Assert.Equal(0.5, report.Accuracy!.Value, Exact);
        AssertScores(report.Macro, 1.5 / 5, 2.0 / 5, (2 / 3.0 + 1) / 5, 4);
    }

    [Fact]
    public void Subtoken_type_unit_strips_the_prefix_so_a_B_I_confusion_is_correct()
    {
        var pair = Tagging.Pair(["B-Drug", "I-Drug", "O", "B-ADE"], ["B-Drug", "B-Drug", "O", "B-Reason"]);
        var report = Scorer.Score(pair, ScoreUnit.SubtokenType);

        Assert.Equal(["ADE", "Drug", "O", "Reason"], report.Classes.Select(c => c.Name));
        AssertScores(report["Drug"], 1, 1, 1, 2);
        Assert.Equal(0.75, report.Accuracy!.Value, Exact);
    }

    [Fact]
    public void Mapping_ADE_to_Reason_merges_both_sides_before_counting()
    {
        var pair = Tagging.Pair(["B-ADE", "I-ADE", "O", "B-Reason"], ["B-Reason", "I-Reason", "O", "B-ADE"]);
        var options = new ScoreOptions { TypeMap = ImmutableDictionary<string, string>.Empty.Add("ADE", "Reason") };

        var bio = Scorer.Score(pair, ScoreUnit.Subtoken, options);
        Assert.Equal(["B-Reason", "I-Reason", "O"], bio.Classes.Select(c => c.Name));
        Assert.Equal(1.0, bio.Accuracy!.Value);
        var unmapped = Scorer.Score(pair, ScoreUnit.Subtoken);
        Assert.Equal(0.25, unmapped.Accuracy!.Value);
    }

    [Fact]
    public void Dropping_O_gives_micro_avg_over_the_entity_labels_only()
    {
        // Table IV's "drop O": the O row leaves the averages, and micro counts only entity-labelled units.
        var pair = Tagging.Pair(["B-Drug", "O", "O", "B-Route"], ["B-Drug", "B-Drug", "O", "O"]);
        var report = Scorer.Score(pair, ScoreUnit.SubtokenType, new ScoreOptions { Labels = ["Drug", "Route"] });

        Assert.Null(report.Accuracy);
        AssertScores(report["Drug"], 0.5, 1, 2 / 3.0, 1);
        AssertScores(report["Route"], 0, 0, 0, 1);
        AssertScores(report.Micro, 0.5, 0.5, 0.5, 2);
    }

    [Fact]
    public void Word_unit_scores_the_first_sub_token_of_each_word()
    {
        var vocabulary = new LabelVocabulary();
        int o = vocabulary.Intern("O"), b = vocabulary.Intern("B-Drug"), i = vocabulary.Intern("I-Drug");
        // Two words of two sub-tokens each: the second pieces disagree, the word starts agree.
        var pair = TaggedPair.FromIds(vocabulary, [b, i, o, o], [b, o, o, i], [0, 4], [true, false, true, false]);

        Assert.Equal(1.0, Scorer.Score(pair, ScoreUnit.Word).Accuracy!.Value);
        Assert.Equal(0.5, Scorer.Score(pair, ScoreUnit.Subtoken).Accuracy!.Value);
        Assert.Equal(2, Scorer.Score(pair, ScoreUnit.Word).Micro.Support);
    }

    [Fact]
    public void All_O_prediction_gives_zero_scores_without_dividing_by_zero()
    {
        var pair = Tagging.Pair(["B-Drug", "I-Drug", "O"], ["O", "O", "O"]);
        var report = Scorer.Score(pair, ScoreUnit.Subtoken);

        AssertScores(report["B-Drug"], 0, 0, 0, 1);
        AssertScores(report["O"], 1 / 3.0, 1, 0.5, 1);
        Assert.Equal(1 / 3.0, report.Accuracy!.Value, Exact);
    }

    [Fact]
    public void Weighted_average_of_a_subset_without_gold_units_is_zero()
    {
        var pair = Tagging.Pair(["O", "O"], ["B-Drug", "O"]);
        var report = Scorer.Score(pair, ScoreUnit.Subtoken, new ScoreOptions { Labels = ["B-Drug"] });
        AssertScores(report.Weighted, 0, 0, 0, 0);
        AssertScores(report.Micro, 0, 0, 0, 0);
    }

    [Fact]
    public void Mapping_a_type_absent_from_the_data_is_an_error()
    {
        var pair = Tagging.Pair(["B-Drug"], ["B-Drug"]);
        var options = new ScoreOptions { TypeMap = ImmutableDictionary<string, string>.Empty.Add("ADE", "Reason") };
        var e = Assert.Throws<ArgumentException>(() => Scorer.Score(pair, ScoreUnit.Subtoken, options));
        Assert.Contains("'ADE'", e.Message);
    }

    internal static void AssertScores(Scores actual, double precision, double recall, double f1, long support)
    {
        Assert.Equal(precision, actual.Precision, Exact);
        Assert.Equal(recall, actual.Recall, Exact);
        Assert.Equal(f1, actual.F1, Exact);
        Assert.Equal(support, actual.Support);
    }

    static double[] Rounded(Scores s, int digits) =>
        [Math.Round(s.Precision, digits), Math.Round(s.Recall, digits), Math.Round(s.F1, digits)];
}
