using ClinicalNer.Tests.Metrics;
using ClinicalNer.Charts;
using ClinicalNer.Corpus;
using ClinicalNer.Metrics;
using ClinicalNer.Metrics.Entities;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Tests.Charts;

public class SpanErrorHtmlTests
{
    //                    0         1         2
    //                    0123456789012345678901
    const string Words = "take aspirin 81 daily";

    static TaggedPair Pair(string[] gold, string[] predicted)
    {
        var tokens = Words.Split(' ').Select(w => new Token(w, -1, -1)).ToArray();
        var g = Tagging.Sentences(gold).Select(s => s with { Tokens = [.. tokens] }).ToArray();
        var p = g.Select(s => s with { Tags = [.. predicted] }).ToArray();
        return TaggedPair.FromSentences(g, p);
    }

    static string Cell(params Entity[] entities) =>
        "<td style=\"text-align:left\">" + EntityHtml.Of(new Document("sentence 1", Words, [.. entities])).Html + "</td>";

    [Fact]
    public void A_boundary_error_shows_its_sentence_with_the_gold_and_the_system_spans()
    {
        var pair = Pair(["O", "B-Drug", "I-Drug", "O"], ["O", "B-Drug", "O", "O"]);

        var html = SpanErrorHtml.Of(SpanErrorAnalysis.Of(pair, ScoreUnit.EntityStrict), pair, SpanErrorKind.Boundary).Html;

        Assert.Contains("Boundary: 1 in all, the first 1", html);
        Assert.Contains("<td style=\"text-align:left\">sentence 1</td>"
                        + Cell(Entity.Contiguous("T1", "Drug", 5, 15, "aspirin 81"))
                        + Cell(Entity.Contiguous("T1", "Drug", 5, 12, "aspirin")), html);
    }

    [Fact]
    public void Spurious_entities_are_taken_from_the_system_side_and_other_kinds_are_left_out()
    {
        var pair = Pair(["O", "B-Drug", "O", "O"], ["O", "B-Drug", "O", "B-Frequency"]);
        var analysis = SpanErrorAnalysis.Of(pair, ScoreUnit.EntityStrict);

        var spurious = SpanErrorHtml.Of(analysis, pair, SpanErrorKind.Spurious).Html;
        var missing = SpanErrorHtml.Of(analysis, pair, SpanErrorKind.Missing).Html;

        Assert.Contains(Cell(Entity.Contiguous("T1", "Drug", 5, 12, "aspirin"))
                        + Cell(Entity.Contiguous("T1", "Drug", 5, 12, "aspirin"), Entity.Contiguous("T2", "Frequency", 16, 21, "daily")), spurious);
        Assert.Contains("Missing: 0 in all, the first 0", missing);
        Assert.DoesNotContain("sentence 1</td>", missing);
    }

    [Fact]
    public void A_predicted_note_is_highlighted_like_a_gold_one()
    {
        const string text = "Started warfarin 5 mg daily.";
        PredictedEntity[] found = [new("Drug", 8, 16, "warfarin", 0.9), new("Strength", 17, 21, "5 mg", 0.8)];

        Assert.Equal(EntityHtml.Of(new Document("text", text, [Entity.Contiguous("T1", "Drug", 8, 16, "warfarin"), Entity.Contiguous("T2", "Strength", 17, 21, "5 mg")])).Html,
                     EntityHtml.Of(text, found).Html);
    }
}
