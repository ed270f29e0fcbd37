using ClinicalNer.Metrics;
using ClinicalNer.Metrics.Entities;
using ClinicalNer.Sample.Lexicons;
using ClinicalNer.Sample.Taggings;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Tests.Metrics.Entities;

public class SpanErrorAnalysisTests
{
    [Fact]
    public void Each_category_is_recognised_on_a_hand_worked_sentence()
    {
        // tokens: 0 1 2 3 4 5 6 7 8 9 10
        string[] gold =      ["B-Drug", "O", "B-Drug", "I-Drug", "O", "B-Route", "O", "B-Form", "I-Form", "O", "B-ADE"];
        string[] predicted = ["B-Drug", "O", "B-Drug", "O",      "O", "B-Form",  "O", "O",      "B-Dosage", "B-Reason", "O"];
        var analysis = SpanErrorAnalysis.Of(Tagging.Pair(gold, predicted), ScoreUnit.EntityStrict);

        Assert.Equal([SpanErrorKind.Exact, SpanErrorKind.Boundary, SpanErrorKind.Type, SpanErrorKind.BoundaryAndType, SpanErrorKind.Missing],
                     analysis.GoldJudgements.Select(j => j.Kind));
        Assert.Equal([SpanErrorKind.Exact, SpanErrorKind.Boundary, SpanErrorKind.Type, SpanErrorKind.BoundaryAndType, SpanErrorKind.Spurious],
                     analysis.SystemJudgements.Select(j => j.Kind));
        Assert.Equal(new TaggedSpan(2, 3, "Drug"), analysis.GoldJudgements[1].System);
        Assert.Null(analysis.SystemJudgements[4].Gold);
    }

    [Fact]
    public void Same_type_overlap_wins_over_an_overlap_of_another_type()
    {
        // The system Drug [0, 3) overlaps gold Route [0, 1) first and gold Drug [1, 3) second.
        var analysis = SpanErrorAnalysis.Of(Tagging.Pair(["B-Route", "B-Drug", "I-Drug"], ["B-Drug", "I-Drug", "I-Drug"]), ScoreUnit.EntityStrict);
        Assert.Equal(SpanErrorKind.Boundary, analysis.SystemJudgements.Single().Kind);
        Assert.Equal("Drug", analysis.SystemJudgements.Single().Gold!.Type);
        Assert.Equal([SpanErrorKind.BoundaryAndType, SpanErrorKind.Boundary], analysis.GoldJudgements.Select(j => j.Kind));
    }

    [Fact]
    public void Exact_counts_equal_the_true_positives_of_the_report()
    {
        var (gold, predicted) = SyntheticTagging.GenerateSentences(500, 3);
        var pair = TaggedPair.FromSentences(gold, predicted);
        foreach (var unit in new[] { ScoreUnit.EntityStrict, ScoreUnit.EntityDefault })
        {
            var report = Scorer.Score(pair, unit);
            var analysis = SpanErrorAnalysis.Of(pair, unit);
            long tp = (long)Math.Round(report.Micro.Recall * report.Micro.Support);
            Assert.Equal(tp, analysis.GoldCount(SpanErrorKind.Exact));
            Assert.Equal(tp, analysis.SystemCount(SpanErrorKind.Exact));
            Assert.Equal(report.Micro.Support, analysis.GoldJudgements.Length);
        }
    }

    [Fact]
    public void Listing_shows_the_error_in_its_sentence()
    {
        var sentences = Tagging.Sentences(["O", "B-Drug", "I-Drug", "O"]);
        var words = new[] { "take", "aspirin", "81", "daily" };
        var gold = sentences.Select(s => s with { Tokens = [.. words.Select(w => new ClinicalNer.Text.Sentences.Token(w, -1, -1))] }).ToArray();
        var predicted = gold.Select(s => s with { Tags = ["O", "B-Drug", "O", "O"] }).ToArray();
        var pair = TaggedPair.FromSentences(gold, predicted, "g.conll", "p.conll", [7], [7]);

        string text = SpanErrorAnalysis.Of(pair, ScoreUnit.EntityStrict).Format(pair);

        Assert.Contains("boundary         gold Drug \"aspirin 81\"  system Drug \"aspirin\"  at g.conll:8\n    take [{aspirin} 81] daily\n", text);
    }
}
