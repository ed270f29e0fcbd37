using System.Collections.Immutable;
using ClinicalNer.Metrics;

namespace ClinicalNer.Tests.Metrics;

/// <summary>The worked examples of notebook 02, scored by hand.</summary>
public class WorkedExampleTests
{
    [Fact]
    public void A_boundary_error_costs_one_label_in_twenty_but_an_entity_false_positive_and_false_negative()
    {
        var pair = TagStrings.Pair(
            "B-Drug I-Drug B-Strength I-Strength O O O O O O O O O O O O O O O O",
            "B-Drug O B-Strength I-Strength O O O O O O O O O O O O O O O O");
        Assert.Equal(0.95, Scorer.Score(pair, ScoreUnit.Word).Accuracy!.Value, 12);
        var entities = Scorer.Score(pair, ScoreUnit.EntityStrict);
        Assert.Equal(new Scores(0, 0, 0, 1), entities["Drug"]);
        Assert.Equal(new Scores(0.5, 0.5, 0.5, 2), entities.Micro);
    }

    [Fact]
    public void An_I_tag_after_O_is_no_entity_in_strict_mode_but_one_in_default_mode()
    {
        var pair = TagStrings.Pair("O B-Drug I-Drug O", "O I-Drug I-Drug O");
        Assert.Equal(0.75, Scorer.Score(pair, ScoreUnit.Word).Accuracy);
        Assert.Equal(1.0, Scorer.Score(pair, ScoreUnit.SubtokenType).Accuracy);
        Assert.Equal(new Scores(0, 0, 0, 1), Scorer.Score(pair, ScoreUnit.EntityStrict).Micro);
        Assert.Equal(new Scores(1, 1, 1, 1), Scorer.Score(pair, ScoreUnit.EntityDefault).Micro);
    }

    [Fact]
    public void ADE_read_as_Reason_is_wrong_unless_both_types_are_merged()
    {
        var pair = TagStrings.Pair("B-ADE I-ADE O", "B-Reason I-Reason O");
        Assert.Equal(0.0, Scorer.Score(pair, ScoreUnit.EntityStrict).Micro.F1);
        var merged = new ScoreOptions { TypeMap = ImmutableDictionary<string, string>.Empty.Add("ADE", "Reason") };
        Assert.Equal(1.0, Scorer.Score(pair, ScoreUnit.EntityStrict, merged).Micro.F1);
    }

    [Fact]
    public void Tag_strings_with_unequal_lengths_are_refused()
    {
        Assert.ThrowsAny<Exception>(() => TagStrings.Pair("B-Drug O", "B-Drug"));
        var error = Assert.Throws<ArgumentException>(() => TagStrings.Pair("B-Drug | ", "B-Drug | O"));
        Assert.StartsWith("sentence 2 of the gold tags is empty", error.Message);
    }
}
