using ClinicalNer.Metrics;
using ClinicalNer.Metrics.Entities;
using ClinicalNer.Sample.Lexicons;

namespace ClinicalNer.Tests.Metrics.Entities;

public class BioViolationsTests
{
    [Theory]
    [InlineData("B-Drug I-Drug I-Drug O", 0)]
    [InlineData("I-Drug", 1)]                        // no sentence starts inside an entity
    [InlineData("O I-Drug", 1)]
    [InlineData("B-Drug I-Dosage", 1)]               // I- of another type after B-
    [InlineData("B-Drug I-Drug I-Dosage I-Dosage", 1)] // only the first I-Dosage breaks the scheme
    [InlineData("O I-Drug I-Drug O I-Route", 2)]
    [InlineData("B-Drug B-Drug O B-Route", 0)]
    public void Counts_each_I_tag_that_does_not_continue_its_own_type(string tags, int invalid) =>
        Assert.Equal(invalid, BioViolations.Count(tags.Split(' ')));

    [Fact]
    public void A_sentence_start_breaks_the_continuation_and_each_side_is_counted_alone()
    {
        var pair = TagStrings.Pair("B-Drug I-Drug | B-Route I-Route | O O", "B-Drug I-Drug | I-Route I-Route | O I-Drug");

        Assert.Equal(new BioViolations(0, 0, 6, 3), BioViolations.Of(pair, predicted: false));
        Assert.Equal(new BioViolations(2, 2, 6, 3), BioViolations.Of(pair));
        Assert.Equal(1, BioViolations.Of(TagStrings.Pair("B-Drug | O", "B-Drug | I-Drug")).Tags);
    }

    [Fact]
    public void Every_invalid_tag_opens_one_extra_conlleval_entity_on_every_sequence_up_to_five_tags()
    {
        // conlleval (seqeval's default mode) starts an entity at every B- and at every I- that cannot continue the one
        // before it: so its entity count less the B- count is exactly the number of BIO violations.
        string[] alphabet = ["O", "B-X", "I-X", "B-Y", "I-Y"];
        IEnumerable<string[]> All(int length) =>
            length == 0 ? [[]] : All(length - 1).SelectMany(prefix => alphabet.Select(tag => (string[])[.. prefix, tag]));
        foreach (var tags in Enumerable.Range(1, 5).SelectMany(All))
        {
            int begins = tags.Count(t => t.StartsWith("B-", StringComparison.Ordinal));
            Assert.Equal(SeqevalOracle.DefaultEntities([tags]).Count - begins, BioViolations.Count(tags));
        }
    }
}
