using ClinicalNer.Corpus;
using ClinicalNer.Sample.Lexicons;

namespace ClinicalNer.Tests.Corpus;

public class BratReaderTests
{
    const string Note = "Metoprolol 25 mg PO BID.\nAspirin 81 mg daily.\n";

    static Document Read(TempDir dir, string text, string ann, BratReaderOptions? options = null, List<SkippedLine>? skipped = null)
    {
        var txt = dir.Write("100035.txt", text);
        dir.Write("100035.ann", ann);
        return BratReader.ReadDocument(txt, options, skipped);
    }

    [Fact]
    public void Text_bound_lines_become_entities_with_their_offsets()
    {
        using var dir = new TempDir();
        var doc = Read(dir, Note, "T1\tDrug 0 10\tMetoprolol\nT2\tStrength 11 16\t25 mg\n");
        Assert.Equal("100035", doc.Id);
        Assert.Equal([Entity.Contiguous("T1", "Drug", 0, 10, "Metoprolol"), Entity.Contiguous("T2", "Strength", 11, 16, "25 mg")], doc.Entities.ToArray());
    }

    [Fact]
    public void Discontinuous_entity_keeps_its_fragments()
    {
        using var dir = new TempDir();
        var doc = Read(dir, Note, "T1\tDrug 0 10;20 23\tMetoprolol BID\n");
        var e = Assert.Single(doc.Entities);
        Assert.Equal([new Fragment(0, 10), new Fragment(20, 23)], e.Fragments.ToArray());
        Assert.True(e.IsDiscontinuous);
        Assert.Equal((0, 23), (e.Start, e.End));
    }

    [Fact]
    public void Overlapping_entities_are_both_kept()
    {
        using var dir = new TempDir();
        var doc = Read(dir, Note, "T1\tStrength 11 16\t25 mg\nT2\tDosage 11 13\t25\n");
        Assert.Equal(2, doc.Entities.Length);
    }

    [Fact]
    public void Crlf_counts_as_two_characters()
    {
        using var dir = new TempDir();
        var text = "Line one.\r\nAspirin 81 mg\r\n";
        var doc = Read(dir, text, "T1\tDrug 11 18\tAspirin\r\n");
        Assert.Equal("Aspirin", doc.Slice(11, 18));
        Assert.Equal(text, doc.Text);
    }

    [Fact]
    public void Bom_is_not_part_of_the_text()
    {
        using var dir = new TempDir();
        var txt = dir.WriteBytes("1.txt", [0xEF, 0xBB, 0xBF, .. "Aspirin daily"u8.ToArray()]);
        dir.WriteBytes("1.ann", [0xEF, 0xBB, 0xBF, .. "T1\tDrug 0 7\tAspirin\n"u8.ToArray()]);
        var doc = BratReader.ReadDocument(txt);
        Assert.Equal("Aspirin daily", doc.Text);
        Assert.Equal("T1", doc.Entities[0].Id);
    }

    [Fact]
    public void Offsets_count_code_points_outside_the_basic_plane()
    {
        using var dir = new TempDir();
        // U+1F48A (pill) is one code point but two UTF-16 units: Python/brat offsets count it once.
        var doc = Read(dir, "\U0001F48A Aspirin 81 mg", "T1\tDrug 2 9\tAspirin\n");
        Assert.Equal("Aspirin", doc.Slice(2, 9));
        Assert.Equal(15, doc.CodePoints.Length);
    }

    [Fact]
    public void Mention_across_a_line_break_matches_a_space_in_the_text_field()
    {
        using var dir = new TempDir();
        var doc = Read(dir, "chest\npain", "T1\tReason 0 10\tchest pain\n");
        Assert.Single(doc.Entities);
    }

    [Theory]
    [InlineData("T1\tDrug 0 99\tMetoprolol", "ends after the note's last character", 99)]
    [InlineData("T1\tDrug 5 5\tx", "empty or reversed range", 5)]
    [InlineData("T1\tDrug 0 x\tMetoprolol", "is not a 'START END' pair", null)]
    [InlineData("T1\tDrug 0 10\tMetoprolox", "does not match the note's 'Metoprolol'", 0)]
    [InlineData("T1\tDrug 11 13;0 2\t25 Me", "starts before the previous fragment ends", 0)]
    [InlineData("T1 Drug 0 10 Metoprolol", "three tab-separated fields", null)]
    [InlineData("X1\tsomething", "unknown annotation kind 'X'", null)]
    [InlineData("R1\tStrength-Drug Arg1:T9 Arg2:T1", "refers to T9", null)]
    public void Bad_line_names_file_line_and_offset(string badLine, string reason, int? offset)
    {
        using var dir = new TempDir();
        var e = Assert.Throws<CorpusFormatException>(() => Read(dir, Note, $"T1\tDrug 0 10\tMetoprolol\n{badLine.Replace("T1\t", "T2\t")}\n"));
        Assert.EndsWith("100035.ann", e.FilePath);
        Assert.Equal(2, e.Line);
        Assert.Contains(reason, e.Message);
        Assert.Equal(offset, e.Offset);
        Assert.StartsWith($"{e.FilePath}:2: ", e.Message);
    }

    [Fact]
    public void Duplicate_id_is_an_error()
    {
        using var dir = new TempDir();
        var e = Assert.Throws<CorpusFormatException>(() => Read(dir, Note, "T1\tDrug 0 10\tMetoprolol\nT1\tDrug 26 33\tAspirin\n"));
        Assert.Contains("duplicate id T1", e.Message);
    }

    [Fact]
    public void Unknown_type_is_an_error_under_the_n2c2_preset_only()
    {
        using var dir = new TempDir();
        const string ann = "T1\tMedication 0 10\tMetoprolol\n";
        Assert.Equal("Medication", Read(dir, Note, ann).Entities[0].Type);
        var e = Assert.Throws<CorpusFormatException>(() => Read(dir, Note, ann, BratReaderOptions.N2c2));
        Assert.Contains("entity type 'Medication' is not one of Drug, Strength", e.Message);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void Lenient_read_skips_bad_lines_and_reports_each()
    {
        using var dir = new TempDir();
        var skipped = new List<SkippedLine>();
        var doc = Read(dir, Note, "T1\tDrug 0 10\tMetoprolol\nT2\tDrug 0 99\tx\nT3\tDrug 25 32\tAspirin\nR1\tRoute-Drug Arg1:T2 Arg2:T1\n",
            BratReaderOptions.Default with { Lenient = true }, skipped);
        Assert.Equal(["T1", "T3"], doc.Entities.Select(e => e.Id));
        Assert.Empty(doc.Relations);
        Assert.Equal([2, 4], skipped.Select(s => s.Line));
    }

    [Fact]
    public void Lenient_read_without_a_collector_stays_strict()
    {
        using var dir = new TempDir();
        Assert.Throws<CorpusFormatException>(() => Read(dir, Note, "T1\tDrug 0 99\tx\n", BratReaderOptions.Default with { Lenient = true }));
    }

    [Fact]
    public void Relations_attributes_and_notes_are_read()
    {
        using var dir = new TempDir();
        var doc = Read(dir, Note, "T1\tDrug 0 10\tMetoprolol\nT2\tStrength 11 16\t25 mg\nR1\tStrength-Drug Arg1:T2 Arg2:T1\nA1\tNegated T1\n#1\tAnnotatorNotes T1\tbeta blocker\n");
        Assert.Equal(new Relation("R1", "Strength-Drug", "Arg1", "T2", "Arg2", "T1"), Assert.Single(doc.Relations));
        Assert.Equal(["A", "#"], doc.OtherAnnotations.Select(a => a.Kind));
    }

    [Fact]
    public void Empty_annotation_file_gives_a_document_without_entities()
    {
        using var dir = new TempDir();
        Assert.Empty(Read(dir, Note, "").Entities);
    }

    [Fact]
    public void Empty_note_with_an_entity_is_an_offset_error()
    {
        using var dir = new TempDir();
        var e = Assert.Throws<CorpusFormatException>(() => Read(dir, "", "T1\tDrug 0 7\tAspirin\n"));
        Assert.Contains("ends after the note's last character (0 code points)", e.Message);
    }

    [Fact]
    public void Missing_annotation_file_is_named()
    {
        using var dir = new TempDir();
        var txt = dir.Write("200001.txt", Note);
        var e = Assert.Throws<CorpusFormatException>(() => BratReader.ReadDocument(txt));
        Assert.EndsWith("200001.ann", e.FilePath);
        Assert.Contains("missing annotation file", e.Message);
    }

    [Fact]
    public void Folder_with_an_annotation_file_but_no_note_is_an_error()
    {
        using var dir = new TempDir();
        dir.Write("a.txt", Note);
        dir.Write("a.ann", "");
        dir.Write("b.ann", "");
        var e = Assert.Throws<CorpusFormatException>(() => BratReader.ReadFolder(dir.Path));
        Assert.Contains("b.ann", e.Message);
    }

    [Fact]
    public void Empty_folder_and_missing_folder_are_errors()
    {
        using var dir = new TempDir();
        Assert.Throws<CorpusFormatException>(() => BratReader.ReadFolder(dir.Path));
        Assert.Throws<DirectoryNotFoundException>(() => BratReader.ReadFolder(Path.Combine(dir.Path, "nope")));
    }

    [Fact]
    public void Folder_is_read_in_file_name_order()
    {
        using var dir = new TempDir();
        foreach (var id in new[] { "300", "100", "200" })
        {
            dir.Write(id + ".txt", Note);
            dir.Write(id + ".ann", "T1\tDrug 0 10\tMetoprolol\n");
        }
        Assert.Equal(["100", "200", "300"], BratReader.ReadFolder(dir.Path).Documents.Select(d => d.Id));
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_byte()
    {
        using var dir = new TempDir();
        var txt = dir.WriteBytes("1.txt", [(byte)'a', 0xFF]);
        dir.Write("1.ann", "");
        var e = Assert.Throws<CorpusFormatException>(() => BratReader.ReadDocument(txt));
        Assert.Contains("not valid UTF-8 at byte 1", e.Message);
    }
}
