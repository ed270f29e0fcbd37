using ClinicalNer.Corpus;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Conll;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Text.Statistics;

namespace ClinicalNer.Tests.Reliability;

/// <summary>Annotation lines at fault are named at their own line; brat's equivalence lines are read, and lines pointing at a missing annotation are refused.</summary>
public class BadAnnotationTests
{
    const string Note = "Aspirin 81 mg daily.\n";

    static Document Read(string ann, bool lenient = false, List<SkippedLine>? skipped = null) =>
        BratReader.Parse("a", Note, ann, "a.ann", BratReaderOptions.Default with { Lenient = lenient }, skipped);

    [Theory]
    [InlineData("iob2")]
    [InlineData("bioes")]
    public void A_bad_conll_tag_is_reported_at_its_own_line_not_its_sentences_first(string scheme)
    {
        using var temp = new TempDir();
        var file = temp.Write("x.conll", "-DOCSTART- O\n\nAspirin B-Drug\n81 B-Strength\nmg X-Strength\ndaily O\n");

        var e = Assert.Throws<CorpusFormatException>(() => CorpusStatistics.Of(ConllReader.Read(file, TagSchemes.Parse(scheme))));
        Assert.Equal(5, e.Line);
        Assert.StartsWith($"{file}:5: tag 'X-Strength' is not {scheme}", e.Message);
    }

    [Fact]
    public void An_equivalence_line_is_kept_and_several_may_appear()
    {
        var document = Read("T1\tDrug 0 7\tAspirin\nT2\tDrug 0 7\tAspirin\nT3\tStrength 8 13\t81 mg\n*\tEquiv T1 T2\n*\tEquiv T2 T1\n");

        Assert.Equal(["*\tEquiv T1 T2", "*\tEquiv T2 T1"], document.OtherAnnotations.Select(a => a.Line));
    }

    [Theory]
    [InlineData("A1\tNegated T9", "A line A1 refers to T9")]
    [InlineData("#1\tAnnotatorNotes T9\tchecked", "# line #1 refers to T9")]
    [InlineData("E1\tTreatment:T1 Drug:T9", "E line E1 refers to T9")]
    [InlineData("*\tEquiv T1 T9", "* line * refers to T9")]
    [InlineData("N1\tReference T9 RxNorm:1191\taspirin", "N line N1 refers to T9")]
    public void A_line_pointing_at_a_missing_annotation_is_refused_at_its_line(string line, string problem)
    {
        var e = Assert.Throws<CorpusFormatException>(() => Read($"T1\tDrug 0 7\tAspirin\n{line}\n"));

        Assert.Equal(2, e.Line);
        Assert.Equal($"{problem}, which is no annotation of this file", e.Reason);
    }

    [Fact]
    public void In_lenient_mode_a_dangling_line_is_skipped_and_reported()
    {
        var skipped = new List<SkippedLine>();

        var document = Read("T1\tDrug 0 7\tAspirin\nA1\tNegated T9\nA2\tNegated T1\n", lenient: true, skipped);

        Assert.Equal(["A2\tNegated T1"], document.OtherAnnotations.Select(a => a.Line));
        Assert.Equal(2, Assert.Single(skipped).Line);
    }
}
