using ClinicalNer.Metrics;
using ClinicalNer.Sample.Taggings;

namespace ClinicalNer.Tests.Metrics;

public class SyntheticTaggingTests
{
    [Fact]
    public void Benchmark_pair_is_shaped_like_n2c2_output()
    {
        var pair = SyntheticTagging.Generate(200_000, seed: 1, subtokens: true);

        Assert.Equal(200_000, pair.TokenCount);
        int o = pair.Labels.IdOf("O");
        double outside = pair.Gold.Count(l => l == o) / (double)pair.TokenCount;
        Assert.InRange(outside, 0.80, 0.90);
        Assert.Equal(19, pair.Labels.Count);
        var words = Enumerable.Range(0, pair.SentenceCount - 1)  // the last sentence may be cut short
                              .Select(s => Enumerable.Range(pair.SentenceStarts[s], pair.SentenceStarts[s + 1] - pair.SentenceStarts[s]).Count(t => pair.WordStarts![t]));
        Assert.All(words, n => Assert.InRange(n, 5, 40));
        var strict = Scorer.Score(pair, ScoreUnit.EntityStrict);
        Assert.Equal(9, strict.Classes.Length);
        Assert.InRange(strict.Micro.F1, 0.6, 0.95);
    }

    [Fact]
    public void Same_seed_gives_the_same_sentences()
    {
        var (gold, predicted) = SyntheticTagging.GenerateSentences(200, 4);
        var (gold2, predicted2) = SyntheticTagging.GenerateSentences(200, 4);
        Assert.True(gold.SequenceEqual(gold2));
        Assert.True(predicted.SequenceEqual(predicted2));
        Assert.False(gold.SequenceEqual(SyntheticTagging.GenerateSentences(200, 5).Gold));
    }

    [Fact]
    public void Predictions_contain_invalid_sequences()
    {
        var (_, predicted) = SyntheticTagging.GenerateSentences(2000, 4);
        var tags = predicted.SelectMany(s => s.Tags.Prepend("O")).ToArray();
        bool iAfterO = false, iAfterOtherType = false;
        for (int i = 1; i < tags.Length; i++)
        {
            if (!tags[i].StartsWith("I-")) continue;
            if (tags[i - 1] == "O") iAfterO = true;
            else if (tags[i - 1][2..] != tags[i][2..]) iAfterOtherType = true;
        }
        Assert.True(iAfterO);
        Assert.True(iAfterOtherType);
    }
}
