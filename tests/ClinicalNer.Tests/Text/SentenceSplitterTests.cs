using ClinicalNer.Corpus;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Tests.Text;

public class SentenceSplitterTests
{
    /// <summary>Each sentence as its tokens joined by single spaces.</summary>
    static string[] Sentences(string text) =>
        [.. SentenceSplitter.Split("d", text).Select(s => string.Join(" ", s.Tokens.Select(t => t.Text)))];

    [Fact]
    public void Headers_and_numbered_medication_lines_are_sentences()
    {
        const string text =
            "Discharge Medications:\n" +
            "1. Metoprolol 25 mg PO BID (2 times a day).\n" +
            "2. Lasix 20 mg p.o. b.i.d.\n" +
            "Disp:*30 Tablet(s)* Refills:*2*\n" +
            "3) Aspirin 81 mg daily\n" +
            "- Coumadin 5 mg\n";
        Assert.Equal(
        [
            "Discharge Medications :",
            "1 . Metoprolol 25 mg PO BID ( 2 times a day ) .",
            "2 . Lasix 20 mg p.o. b.i.d.",
            "Disp : * 30 Tablet ( s ) * Refills : * 2 *",
            "3 ) Aspirin 81 mg daily",
            "- Coumadin 5 mg",
        ], Sentences(text));
    }

    [Fact]
    public void Titles_abbreviations_decimals_and_deid_brackets_do_not_end_sentences()
    {
        const string text = "Pt. seen by Dr. J. Smith on [**2115-2-22**]. He was given 0.5 mg p.o. q.4h. with e.g. food. She improved! Then left.";
        Assert.Equal(
        [
            "Pt. seen by Dr. J. Smith on [**2115-2-22**] .",
            "He was given 0.5 mg p.o. q.4h. with e.g. food .",
            "She improved !",
            "Then left .",
        ], Sentences(text));
    }

    [Fact]
    public void Full_stop_before_a_lowercase_word_or_a_plain_number_ends_nothing()
    {
        Assert.Equal(["Lasix 20 mg . p.o. daily , then 40 mg . 2 days later stop ."], Sentences("Lasix 20 mg. p.o. daily, then 40 mg. 2 days later stop."));
    }

    [Fact]
    public void Single_capital_after_a_lowercase_word_ends_a_sentence_unlike_an_initial()
    {
        Assert.Equal(["Continue vitamin D .", "Hepatitis B .", "He was seen by Dr. J. Smith ."], Sentences("Continue vitamin D. Hepatitis B. He was seen by Dr. J. Smith."));
    }

    [Fact]
    public void Dotted_abbreviation_ends_a_sentence_only_before_a_capitalized_word()
    {
        Assert.Equal(["Take it b.i.d.", "He agreed ."], Sentences("Take it b.i.d. He agreed."));
        Assert.Equal(["Take it b.i.d. PO ."], Sentences("Take it b.i.d. PO."));
    }

    [Fact]
    public void Hard_wrapped_narrative_stays_one_sentence_while_short_lines_break()
    {
        // The longest line (29 characters) sets the wrap width. "who" (3) would not have fitted after the first line
        // (27 + 1 + 3 > 29), so that break is a soft wrap; "GI bleed" (8) after "Diagnosis:" would have fitted.
        const string text =
            "The patient is an 82 yo F w\n" +
            "who presents with dyspnea on\n" +
            "exertion and chest pain.\n" +
            "Diagnosis\n" +
            "GI bleed\n";
        Assert.Equal(
        [
            "The patient is an 82 yo F w who presents with dyspnea on exertion and chest pain .",
            "Diagnosis",
            "GI bleed",
        ], Sentences(text));
    }

    [Fact]
    public void Upper_case_header_line_and_blank_line_end_sentences()
    {
        Assert.Equal(["PHYSICAL EXAMINATION", "afebrile , comfortable", "lungs clear"],
            Sentences("PHYSICAL EXAMINATION\nafebrile, comfortable\n\nlungs clear"));
    }

    [Fact]
    public void Offsets_count_code_points_through_crlf_and_characters_outside_the_BMP()
    {
        // "\U0001F48A" (pill emoji) is one code point but two UTF-16 units; CRLF is two code points.
        var sentences = SentenceSplitter.Split("d", "Aspirin \U0001F48A 81 mg.\r\nLasix daily.");
        Assert.Equal(2, sentences.Length);
        Assert.Equal([new Token("Aspirin", 0, 7), new Token("\U0001F48A", 8, 9), new Token("81", 10, 12), new Token("mg", 13, 15), new Token(".", 15, 16)],
            sentences[0].Tokens.ToArray());
        Assert.Equal(new Token("Lasix", 18, 23), sentences[1].Tokens[0]);
        Assert.Equal((0, 16, 18, 30), (sentences[0].Start, sentences[0].End, sentences[1].Start, sentences[1].End));
    }

    [Fact]
    public void Boundary_inside_an_entity_is_suppressed_and_counted()
    {
        const string text = "He took Tylenol. Extra Strength was given. It helped.";
        var document = new Document("d", text, [Entity.Contiguous("T1", "Drug", 8, 31, "Tylenol. Extra Strength")]);

        var kept = SentenceSplitter.Split(document);
        Assert.Equal(["He took Tylenol . Extra Strength was given .", "It helped ."],
            kept.Sentences.Select(s => string.Join(" ", s.Tokens.Select(t => t.Text))));
        Assert.Equal(new SentenceSplitReport(2, 12, 1, 1), kept.Report);

        var blind = SentenceSplitter.Split(document, TaggingOptions.Default with { KeepEntitiesWhole = false });
        Assert.Equal(3, blind.Sentences.Length);
        Assert.Equal(new SentenceSplitReport(3, 12, 0, 1), blind.Report);
    }

    [Fact]
    public void Discontinuous_entity_protects_its_fragments_or_its_whole_merged_span()
    {
        // Reason "pain ... knee" with fragments in two sentences: only the merged span covers the boundary.
        const string text = "He had pain. Left knee.";
        var document = new Document("d", text, [new Entity("T1", "Reason", [new Fragment(7, 11), new Fragment(18, 22)], "pain knee")]);
        Assert.Equal(2, SentenceSplitter.Split(document).Sentences.Length);
        var merged = SentenceSplitter.Split(document, TaggingOptions.Default with { Discontinuous = DiscontinuousPolicy.Merge });
        Assert.Single(merged.Sentences);
        Assert.Equal(1, merged.Report.SuppressedBoundaries);
    }

    [Fact]
    public void Empty_and_blank_notes_have_no_sentences()
    {
        Assert.Empty(SentenceSplitter.Split("d", ""));
        Assert.Empty(SentenceSplitter.Split("d", " \r\n\u00A0\n"));
    }
}
