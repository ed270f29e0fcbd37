using System.Collections.Immutable;
using ClinicalNer.Metrics;
using ClinicalNer.Sample.Lexicons;
using static ClinicalNer.Tests.Metrics.LabelReportTests;

namespace ClinicalNer.Tests.Metrics.Entities;

/// <summary>The entity units against hand-worked values and the examples of seqeval's documentation.</summary>
public class EntityReportTests
{
    static readonly string[][] ReadmeGold = [["O", "O", "O", "B-MISC", "I-MISC", "I-MISC", "O"], ["B-PER", "I-PER", "O"]];
    static readonly string[][] ReadmePredicted = [["O", "O", "B-MISC", "I-MISC", "I-MISC", "I-MISC", "O"], ["B-PER", "I-PER", "O"]];

    [Theory]
    [InlineData(ScoreUnit.EntityDefault)]
    [InlineData(ScoreUnit.EntityStrict)]
    public void Readme_example_of_seqeval_in_both_modes(ScoreUnit unit)
    {
        // seqeval README: f1_score 0.50; MISC 0.00 0.00 0.00 1, PER 1.00 1.00 1.00 1, micro/macro/weighted 0.50 0.50 0.50 2.
        var report = Scorer.Score(Tagging.Pair(ReadmeGold, ReadmePredicted), unit);

        Assert.Equal(["MISC", "PER"], report.Classes.Select(c => c.Name));
        AssertScores(report["MISC"], 0, 0, 0, 1);
        AssertScores(report["PER"], 1, 1, 1, 1);
        AssertScores(report.Micro, 0.5, 0.5, 0.5, 2);
        AssertScores(report.Macro, 0.5, 0.5, 0.5, 2);
        AssertScores(report.Weighted, 0.5, 0.5, 0.5, 2);
        Assert.Null(report.Accuracy);
    }

    [Fact]
    public void Strict_mode_example_of_seqeval_rejects_an_entity_opened_by_I()
    {
        // seqeval docs: y_true [['B-NP', 'I-NP', 'O']], y_pred [['I-NP', 'I-NP', 'O']]: default NP 1.00, strict NP 0.00.
        var pair = Tagging.Pair(["B-NP", "I-NP", "O"], ["I-NP", "I-NP", "O"]);

        AssertScores(Scorer.Score(pair, ScoreUnit.EntityDefault)["NP"], 1, 1, 1, 1);
        AssertScores(Scorer.Score(pair, ScoreUnit.EntityStrict)["NP"], 0, 0, 0, 1);
    }

    [Fact]
    public void I_after_O_is_an_entity_in_default_mode_and_none_in_strict_mode()
    {
        var pair = Tagging.Pair(["O", "I-Drug", "I-Drug", "O"], ["O", "I-Drug", "I-Drug", "O"]);

        AssertScores(Scorer.Score(pair, ScoreUnit.EntityDefault)["Drug"], 1, 1, 1, 1);
        var strict = Scorer.Score(pair, ScoreUnit.EntityStrict);
        Assert.Empty(strict.Classes);
        AssertScores(strict.Micro, 0, 0, 0, 0);
    }

    [Fact]
    public void B_X_I_Y_is_two_entities_by_default_and_only_the_first_in_strict_mode()
    {
        // Gold holds the two one-token entities Drug and Route; the prediction writes B-Drug I-Route.
        var pair = Tagging.Pair(["B-Drug", "B-Route", "O"], ["B-Drug", "I-Route", "O"]);

        var byDefault = Scorer.Score(pair, ScoreUnit.EntityDefault);
        AssertScores(byDefault["Drug"], 1, 1, 1, 1);
        AssertScores(byDefault["Route"], 1, 1, 1, 1);
        var strict = Scorer.Score(pair, ScoreUnit.EntityStrict);
        AssertScores(strict["Drug"], 1, 1, 1, 1);
        AssertScores(strict["Route"], 0, 0, 0, 1);
    }

    [Fact]
    public void Entities_end_at_sentence_boundaries()
    {
        // The I-Drug opening the second sentence does not continue the first sentence's entity.
        var pair = Tagging.Pair([["B-Drug"], ["I-Drug", "O"]], [["B-Drug"], ["O", "O"]]);

        var byDefault = Scorer.Score(pair, ScoreUnit.EntityDefault);
        AssertScores(byDefault["Drug"], 1, 0.5, 2 / 3.0, 2);
        AssertScores(Scorer.Score(pair, ScoreUnit.EntityStrict)["Drug"], 1, 1, 1, 1);
    }

    [Fact]
    public void A_boundary_error_is_both_a_false_positive_and_a_false_negative()
    {
        var pair = Tagging.Pair(["B-Drug", "I-Drug", "O", "B-Route"], ["B-Drug", "O", "O", "B-Route"]);
        var report = Scorer.Score(pair, ScoreUnit.EntityStrict);

        AssertScores(report["Drug"], 0, 0, 0, 1);
        AssertScores(report["Route"], 1, 1, 1, 1);
        AssertScores(report.Micro, 0.5, 0.5, 0.5, 2);
    }

    [Fact]
    public void Empty_prediction_scores_zero_with_full_support()
    {
        var pair = Tagging.Pair(["B-Drug", "I-Drug", "O", "B-Route"], ["O", "O", "O", "O"]);
        var report = Scorer.Score(pair, ScoreUnit.EntityDefault);

        AssertScores(report["Drug"], 0, 0, 0, 1);
        AssertScores(report["Route"], 0, 0, 0, 1);
        AssertScores(report.Micro, 0, 0, 0, 2);
        AssertScores(report.Weighted, 0, 0, 0, 2);
    }

    [Fact]
    public void Types_absent_from_gold_or_prediction_stay_in_the_macro_average()
    {
        var pair = Tagging.Pair(["B-Drug", "O", "B-ADE"], ["B-Drug", "B-Form", "O"]);
        var report = Scorer.Score(pair, ScoreUnit.EntityStrict);

        Assert.Equal(["ADE", "Drug", "Form"], report.Classes.Select(c => c.Name));
        AssertScores(report["ADE"], 0, 0, 0, 1);   // never predicted
        AssertScores(report["Form"], 0, 0, 0, 0);  // never in gold
        AssertScores(report.Macro, 1 / 3.0, 1 / 3.0, 1 / 3.0, 2);
        AssertScores(report.Weighted, 0.5, 0.5, 0.5, 2);
        AssertScores(report.Micro, 0.5, 0.5, 0.5, 2);
    }

    [Fact]
    public void Type_subset_and_mapping_apply_to_entities()
    {
        var pair = Tagging.Pair(["B-ADE", "O", "B-Drug", "B-Reason"], ["B-Reason", "O", "B-Drug", "O"]);
        var mapped = new ScoreOptions { TypeMap = ImmutableDictionary<string, string>.Empty.Add("ADE", "Reason") };

        var merged = Scorer.Score(pair, ScoreUnit.EntityStrict, mapped);
        Assert.Equal(["Drug", "Reason"], merged.Classes.Select(c => c.Name));
        AssertScores(merged["Reason"], 1, 0.5, 2 / 3.0, 2);
        var onlyDrug = Scorer.Score(pair, ScoreUnit.EntityStrict, new ScoreOptions { Labels = ["Drug"] });
        AssertScores(onlyDrug.Micro, 1, 1, 1, 1);
    }
}
