using ClinicalNer.Corpus;
using ClinicalNer.Sample.Lexicons;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Tests.Text;

public class BioDecoderTests
{
    static Sentence Tagged(string text, params string[] tags)
    {
        var tokens = ClinicalTokenizer.Tokenize(text);
        return new Sentence("d", tokens[0].Start, tokens[^1].End, tokens, [.. tags]);
    }

    [Fact]
    public void Spans_run_from_the_first_token_start_to_the_last_token_end()
    {
        var sentence = Tagged("Lasix 20 mg PO daily", "B-Drug", "B-Strength", "I-Strength", "O", "B-Frequency");
        Assert.Equal([new EntitySpan("Drug", 0, 5), new EntitySpan("Strength", 6, 11), new EntitySpan("Frequency", 15, 20)],
            BioDecoder.Decode(sentence).ToArray());
    }

    [Fact]
    public void Stray_I_opens_an_entity_and_B_splits_adjacent_ones()
    {
        var sentence = Tagged("a b c d e", "I-Drug", "I-Drug", "B-Drug", "I-Route", "I-Drug");
        Assert.Equal([new EntitySpan("Drug", 0, 3), new EntitySpan("Drug", 4, 5), new EntitySpan("Route", 6, 7), new EntitySpan("Drug", 8, 9)],
            BioDecoder.Decode(sentence).ToArray());
    }

    [Fact]
    public void Tag_that_is_not_IOB2_is_an_error_naming_it()
    {
        var e = Assert.Throws<FormatException>(() => BioDecoder.Decode(Tagged("a b", "O", "E-Drug")));
        Assert.Contains("'E-Drug'", e.Message);
    }

    [Fact]
    public void Predictions_become_a_brat_document_that_reads_back_identically()
    {
        // A span across CRLF and one after a character outside the BMP.
        const string text = "Aspirin 81\r\nmg \U0001F48A daily";
        var tokens = ClinicalTokenizer.Tokenize(text);
        var sentence = new Sentence("n1", 0, tokens[^1].End, tokens, ["B-Drug", "B-Strength", "I-Strength", "O", "B-Frequency"]);
        var document = BioDecoder.ToDocument("n1", text, [sentence]);

        Assert.Equal(
        [
            Entity.Contiguous("T1", "Drug", 0, 7, "Aspirin"),
            Entity.Contiguous("T2", "Strength", 8, 14, "81  mg"),
            Entity.Contiguous("T3", "Frequency", 17, 22, "daily"),
        ], document.Entities.ToArray());

        using var dir = new TempDir();
        BratWriter.Write(document, dir.Path);
        Assert.Equal(document, BratReader.ReadDocument(Path.Combine(dir.Path, "n1.txt")));
    }

    [Fact]
    public void Decoding_the_encoding_of_contiguous_token_aligned_entities_gives_them_back() =>
        Assert.Equal([new EntitySpan("Drug", 0, 5), new EntitySpan("Drug", 6, 12)],
            BioDecoder.Decode(BioTagging.Tag(new Document("d", "Lasix Motrin", [Entity.Contiguous("T1", "Drug", 0, 5, "Lasix"), Entity.Contiguous("T2", "Drug", 6, 12, "Motrin")])).Sentences).ToArray());
}
