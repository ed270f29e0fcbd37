using ClinicalNer.Sample.Lexicons;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Conll;
using ClinicalNer.Text.Corpora;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Text.Statistics;

namespace ClinicalNer.Tests.Text;

public class CorpusStatisticsTests
{
    [Fact]
    public void Tiny_corpus_has_the_hand_counted_numbers()
    {
        using var corpus = new TinyCorpus();
        var s = CorpusStatistics.Of(TaggedCorpus.FromBrat(corpus.Folder), corpus.Folder);

        Assert.Equal((2, 5, 20L), (s.Documents, s.Sentences, s.Tokens));
        Assert.Equal(new Dictionary<string, int> { ["Drug"] = 2, ["Frequency"] = 1, ["Reason"] = 2, ["Strength"] = 1 }, s.Entities);
        Assert.Equal((1, 2, 1, 2), (s.Discontinuous, s.Overlapping, s.Relations, s.EntityFreeSentences));
        // a: B-Drug B-Strength I-Strength B-Frequency O | O O O;  b: B-Reason O B-Reason I-Reason I-Reason O | O O O | B-Drug O O
        Assert.Equal(new Dictionary<string, long>
        {
            ["B-Drug"] = 2, ["B-Frequency"] = 1, ["B-Reason"] = 2, ["B-Strength"] = 1, ["I-Reason"] = 2, ["I-Strength"] = 1, ["O"] = 11,
        }, s.Labels.Labels);
    }

    [Fact]
    public void Ceiling_counts_exact_spans_and_losses_by_cause_under_each_policy()
    {
        using var corpus = new TinyCorpus();
        var ceilings = CorpusStatistics.Of(TaggedCorpus.FromBrat(corpus.Folder), corpus.Folder).Ceilings;

        // Fragments: decoded upper, lower GI bleed, Tylenol + 3 of a; the discontinuous Reason is lost.
        var fragments = Assert.Single(ceilings, c => c.Policy == DiscontinuousPolicy.Fragments);
        Assert.Equal(new TaggingCeiling(DiscontinuousPolicy.Fragments, 6, 6, 5, 1, 0, 0, 0), fragments);
        Assert.Equal(5.0 / 6, fragments.F1, 12);
        // Merge: "upper ... GI bleed" takes every token, so "lower GI bleed" is lost to the overlap.
        var merge = Assert.Single(ceilings, c => c.Policy == DiscontinuousPolicy.Merge);
        Assert.Equal(new TaggingCeiling(DiscontinuousPolicy.Merge, 6, 5, 4, 1, 0, 1, 0), merge);
        Assert.Equal((4.0 / 5, 4.0 / 6), (merge.Precision, merge.Recall));
    }

    [Fact]
    public void Sentence_cut_and_token_boundary_losses_are_told_apart()
    {
        using var dir = new TempDir();
        // "Tylenol. Extra Strength" spans a full stop; Strength "25" ends inside the glued token "25mg".
        dir.Write("n.txt", "He took Tylenol. Extra Strength 25mg daily.\n");
        dir.Write("n.ann", "T1\tDrug 8 31\tTylenol. Extra Strength\nT2\tStrength 32 34\t25\n");
        var blind = TaggedCorpus.FromBrat(dir.Path, new TaggingOptions { KeepEntitiesWhole = false, SplitNumberUnits = false });
        Assert.Equal(new TaggingCeiling(DiscontinuousPolicy.Fragments, 2, 3, 0, 0, 1, 0, 1), TaggingCeiling.Of(blind));
        Assert.Equal(new TaggingCeiling(DiscontinuousPolicy.Fragments, 2, 2, 2, 0, 0, 0, 0), TaggingCeiling.Of(TaggedCorpus.FromBrat(dir.Path)));
    }

    [Fact]
    public void Conll_file_counts_tag_chunks_and_leaves_unknowable_counts_null()
    {
        var file = ConllReader.Parse("f.conll", "Aspirin a 0 7 B-Drug\n81 a 8 10 B-Strength\nmg a 11 13 I-Strength\n\nok b 0 2 O\n");
        var s = CorpusStatistics.Of(file);
        Assert.Equal((2, 2, 4L, 1), (s.Documents, s.Sentences, s.Tokens, s.EntityFreeSentences));
        Assert.Equal(new Dictionary<string, int> { ["Drug"] = 1, ["Strength"] = 1 }, s.Entities);
        Assert.Null(s.Discontinuous);
        Assert.Null(s.Overlapping);
    }
}
