using ClinicalNer.Metrics;
using ClinicalNer.Sample.Lexicons;
using ClinicalNer.Sample.Taggings;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Tests.Metrics;

public class NoisyTaggerTests
{
    static Sentence Tagged(params string[] tags) =>
        new("d", 0, tags.Length, [.. tags.Select((_, i) => new Token("w" + i, i, i + 1))], [.. tags]);

    static readonly Sentence[] Gold = [.. Enumerable.Range(0, 300).Select(_ => Tagged("O", "B-Drug", "I-Drug", "O", "B-Strength", "B-Route", "O", "O"))];

    [Fact]
    public void Predictions_keep_the_tokens_and_are_the_same_for_the_same_seed()
    {
        var a = NoisyTagger.Predict(Gold, 5);
        Assert.Equal(a.Select(s => s.Tags), NoisyTagger.Predict(Gold, 5).Select(s => s.Tags));
        Assert.Equal(Gold.Select(s => s.Tokens), a.Select(s => s.Tokens));
        Assert.NotEqual(a.Select(s => string.Join(' ', s.Tags)), NoisyTagger.Predict(Gold, 6).Select(s => string.Join(' ', s.Tags)));
    }

    [Fact]
    public void Predictions_are_mostly_right_but_not_all()
    {
        var predicted = NoisyTagger.Predict(Gold, 1);
        double accuracy = Scorer.Score(TaggedPair.FromSentences(Gold, predicted), ScoreUnit.Word).Accuracy!.Value;
        Assert.InRange(accuracy, 0.85, 0.99);
    }

    [Fact]
    public void A_tag_outside_the_papers_labels_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => NoisyTagger.Predict([Tagged("B-Test")], 1));
        Assert.StartsWith("tag 'B-Test' in document d at 0 is not one of the paper's 19 labels", error.Message);
    }
}
