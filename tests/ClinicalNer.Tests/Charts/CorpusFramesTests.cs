using System.Collections.Immutable;
using ClinicalNer.Charts;
using ClinicalNer.Sample.Lexicons;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Text.Statistics;
using Microsoft.Data.Analysis;

namespace ClinicalNer.Tests.Charts;

public class CorpusFramesTests
{
    static Sentence Tagged(params string[] tags) =>
        new("d", 0, tags.Length, [.. tags.Select((_, i) => new Token("w", i, i + 1))], [.. tags]);

    static readonly LabelDistribution Four = LabelDistribution.Of([Tagged("O", "O"), Tagged("B-Drug", "O"), Tagged("O"), Tagged("O", "O", "O")]);

    static CorpusStatistics Conll(int sentences, params (string Type, int Count)[] entities) =>
        new("x.conll", "conll", null, sentences, 10, entities.ToImmutableSortedDictionary(e => e.Type, e => e.Count, StringComparer.Ordinal),
            null, null, null, Four, null, null, [], []);

    static object?[] Column(DataFrame frame, string name) => [.. frame.Columns[name].Cast<object?>()];

    [Fact]
    public void Distributions_put_each_one_in_a_column_with_shares_of_sentences_and_tokens()
    {
        var frame = CorpusFrames.Distributions(("before", Four), ("after", LabelDistribution.Of([Tagged("B-Drug", "O")])));
        Assert.Equal(["sentences", "entity-free sentences", "entity-free share", "tokens", "O share of tokens"], Column(frame, "measure"));
        Assert.Equal([4.0, 3.0, 0.75, 8.0, 0.875], Column(frame, "before"));
        Assert.Equal([1.0, 0.0, 0.0, 2.0, 0.5], Column(frame, "after"));
    }

    [Fact]
    public void Entities_list_the_n2c2_types_first_then_others_with_zero_for_absent_types()
    {
        var frame = CorpusFrames.Entities(("train", Conll(4, ("Drug", 3), ("Test", 1))), ("test", Conll(4, ("ADE", 2))));
        Assert.Equal(["Drug", "Strength", "Form", "Frequency", "Route", "Dosage", "Reason", "ADE", "Duration", "Test"], Column(frame, "type"));
        Assert.Equal([3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0], Column(frame, "train"));
        Assert.Equal([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0], Column(frame, "test"));
    }

    [Fact]
    public void Summary_leaves_counts_a_conll_file_cannot_know_missing()
    {
        var frame = CorpusFrames.Summary(("train", Conll(4, ("Drug", 3), ("Reason", 2))));
        Assert.Equal([null, 4.0, 10.0, 5.0, null, null, null, 3.0], Column(frame, "train"));
    }
}
