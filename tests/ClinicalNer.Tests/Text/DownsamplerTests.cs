using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Downsampling;
using ClinicalNer.Text.Sentences;
using CsCheck;

namespace ClinicalNer.Tests.Text;

public class DownsamplerTests
{
    static Sentence S(int index, bool entity) =>
        new("d", index, index + 1, [new Token("w", index, index + 1)], [entity ? "B-Drug" : "O"]);

    /// <summary><paramref name="withEntity"/> sentences with an entity spread among <paramref name="free"/> entity-free ones.</summary>
    static Sentence[] Corpus(int withEntity, int free) =>
        [.. Enumerable.Range(0, withEntity + free).Select(i => S(i, i % (withEntity + free) < withEntity))];

    [Fact]
    public void Every_sentence_with_an_entity_is_kept_in_order()
    {
        Gen.Bool.Array[0, 200].Select(Gen.Double[0, 1], Gen.Long).Sample((flags, p, seed) =>
        {
            var sentences = flags.Select((f, i) => S(i, f)).ToArray();
            var kept = Downsampler.Downsample(sentences, DownsampleOptions.Keep(p, seed)).Kept;
            Assert.Equal(sentences.Where(s => s.HasEntity), kept.Where(s => s.HasEntity));
            Assert.True(kept.Select(s => s.Start).SequenceEqual(kept.Select(s => s.Start).Order()));
        });
    }

    [Fact]
    public void Entity_free_sentences_are_kept_at_about_the_paper_rate()
    {
        // 20,000 entity-free sentences at p = 0.08: mean 1,600, standard deviation sqrt(20000 * 0.08 * 0.92) = 38.4.
        var result = Downsampler.Downsample(Corpus(1_000, 20_000), DownsampleOptions.Keep(DownsampleOptions.PaperKeepProbability, seed: 42));
        Assert.InRange(result.After.EntityFreeSentences, 1_600 - 5 * 38, 1_600 + 5 * 38);
        Assert.Equal(1_000, result.After.Sentences - result.After.EntityFreeSentences);
    }

    [Fact]
    public void Same_seed_gives_the_same_sentences_and_another_seed_others()
    {
        var sentences = Corpus(50, 500);
        int[] Kept(long seed) => [.. Downsampler.Downsample(sentences, DownsampleOptions.Keep(0.3, seed)).Kept.Select(s => s.Start)];
        Assert.Equal(Kept(7), Kept(7));
        Assert.NotEqual(Kept(7), Kept(8));
    }

    [Fact]
    public void Target_share_is_reached_exactly_when_enough_sentences_are_entity_free()
    {
        // 100 with entities, 1,000 without; a 20% share means 25 entity-free sentences (25 / 125).
        var result = Downsampler.Downsample(Corpus(100, 1_000), DownsampleOptions.TargetShare(0.2, 3));
        Assert.Equal(125, result.After.Sentences);
        Assert.Equal(0.2, result.After.EntityFreeShare);
        Assert.Equal(1_000.0 / 1_100, result.Before.EntityFreeShare);
        // Too few entity-free sentences for the target: all are kept.
        Assert.Equal(110, Downsampler.Downsample(Corpus(100, 10), DownsampleOptions.TargetShare(0.5, 3)).After.Sentences);
    }

    [Fact]
    public void Label_distributions_before_and_after_count_tokens_per_label()
    {
        var result = Downsampler.Downsample(Corpus(3, 7), DownsampleOptions.Keep(0, 1));
        Assert.Equal(new Dictionary<string, long> { ["B-Drug"] = 3, ["O"] = 7 }, result.Before.Labels);
        Assert.Equal(new Dictionary<string, long> { ["B-Drug"] = 3 }, result.After.Labels);
        Assert.Equal((10, 7, 10L), (result.Before.Sentences, result.Before.EntityFreeSentences, result.Before.Tokens));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Keep_probability_outside_zero_to_one_is_refused(double p) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DownsampleOptions.Keep(p, 1));
}
