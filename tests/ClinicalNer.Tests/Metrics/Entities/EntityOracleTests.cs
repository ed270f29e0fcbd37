using ClinicalNer.Metrics;
using ClinicalNer.Metrics.Entities;
using ClinicalNer.Sample.Taggings;

namespace ClinicalNer.Tests.Metrics.Entities;

/// <summary>The fast chunker and entity reports against <see cref="SeqevalOracle"/>.</summary>
public class EntityOracleTests
{
    static readonly string[] Alphabet = ["O", "B-X", "I-X", "B-Y", "I-Y"];

    [Theory]
    [InlineData(ScoreUnit.EntityDefault)]
    [InlineData(ScoreUnit.EntityStrict)]
    public void Every_sequence_up_to_five_tags_chunks_as_seqeval_does(ScoreUnit unit)
    {
        var sentences = Enumerable.Range(1, 5).SelectMany(AllSequences).ToArray();
        var pair = Tagging.Pair(sentences, sentences);

        var chunks = EntityChunks.Extract(pair, unit == ScoreUnit.EntityStrict, ScoreOptions.None.TypeMap);

        var expected = unit == ScoreUnit.EntityStrict ? SeqevalOracle.StrictEntities(sentences) : SeqevalOracle.DefaultEntities(sentences);
        var actual = chunks.Gold.Select(c => ToOracle(pair, chunks, c)).ToList();
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.OrderBy(e => e.Start), actual.OrderBy(e => e.Start));
    }

    [Theory]
    [InlineData(ScoreUnit.EntityDefault, 11)]
    [InlineData(ScoreUnit.EntityStrict, 11)]
    [InlineData(ScoreUnit.EntityDefault, 12)]
    [InlineData(ScoreUnit.EntityStrict, 12)]
    public void Reports_on_random_taggings_equal_the_oracle(ScoreUnit unit, int seed)
    {
        var (gold, predicted) = SyntheticTagging.GenerateSentences(3000, seed);
        string[][] goldTags = [.. gold.Select(s => s.Tags.ToArray())];
        string[][] predictedTags = [.. predicted.Select(s => s.Tags.ToArray())];

        var report = Scorer.Score(TaggedPair.FromSentences(gold, predicted), unit);

        var oracle = unit == ScoreUnit.EntityStrict
            ? SeqevalOracle.Score(SeqevalOracle.StrictEntities(goldTags), SeqevalOracle.StrictEntities(predictedTags))
            : SeqevalOracle.Score(SeqevalOracle.DefaultEntities(goldTags), SeqevalOracle.DefaultEntities(predictedTags));
        Assert.Equal(oracle.Rows.Select(r => r.Name), report.Classes.Select(c => c.Name));
        foreach (var row in oracle.Rows) AssertRow(row, report[row.Name]);
        AssertRow(oracle.Micro, report.Micro);
        AssertRow(oracle.Macro, report.Macro);
        AssertRow(oracle.Weighted, report.Weighted);
    }

    [Fact]
    public void Random_taggings_hold_invalid_sequences_that_the_modes_disagree_on()
    {
        var (gold, predicted) = SyntheticTagging.GenerateSentences(3000, 11);
        var pair = TaggedPair.FromSentences(gold, predicted);
        Assert.NotEqual(Scorer.Score(pair, ScoreUnit.EntityDefault).Micro, Scorer.Score(pair, ScoreUnit.EntityStrict).Micro);
    }

    static void AssertRow(SeqevalOracle.Row expected, Scores actual)
    {
        Assert.Equal(expected.P, actual.Precision, 1e-12);
        Assert.Equal(expected.R, actual.Recall, 1e-12);
        Assert.Equal(expected.F, actual.F1, 1e-12);
        Assert.Equal(expected.Support, actual.Support);
    }

    /// <summary>A chunk in the oracle's coordinates: the sentences joined with one O after each, end inclusive.</summary>
    static SeqevalOracle.Entity ToOracle(TaggedPair pair, EntityChunks chunks, Chunk c)
    {
        int sentence = pair.SentenceOf(c.Start);
        return new SeqevalOracle.Entity(chunks.Types[c.Type], c.Start + sentence, c.End - 1 + sentence);
    }

    static IEnumerable<string[]> AllSequences(int length) =>
        length == 0 ? [[]] : AllSequences(length - 1).SelectMany(prefix => Alphabet.Select(tag => (string[])[.. prefix, tag]));
}
