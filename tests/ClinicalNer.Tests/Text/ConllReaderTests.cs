using ClinicalNer.Corpus;
using ClinicalNer.Sample.Lexicons;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Conll;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Tests.Text;

public class ConllReaderTests
{
    [Fact]
    public void NeuroNer_columns_give_documents_offsets_and_tags()
    {
        var file = ConllReader.Parse("t.txt", "Aspirin 100 0 7 B-Drug\n81 100 8 10 B-Strength\n\nDaily 100 12 17 B-Frequency\n");
        Assert.Equal(ConllFormat.NeuroNer, file.Format);
        Assert.Equal(2, file.Sentences.Length);
        Assert.Equal(new Token("81", 8, 10), file.Sentences[0].Tokens[1]);
        Assert.Equal(["B-Drug", "B-Strength"], file.Sentences[0].Tags.ToArray());
        Assert.Equal(("100", 0, 10), (file.Sentences[0].DocumentId, file.Sentences[0].Start, file.Sentences[0].End));
        Assert.Equal([1, 4], file.SentenceLines.ToArray());
    }

    [Fact]
    public void Two_columns_have_no_offsets_and_docstart_is_ignored()
    {
        var file = ConllReader.Parse("t.txt", "-DOCSTART- O\n\nAspirin\tB-Drug\r\nqd O\r\n\r\n\r\n");
        Assert.Equal(ConllFormat.TwoColumn, file.Format);
        var s = Assert.Single(file.Sentences);
        Assert.False(s.Tokens[0].HasOffsets);
        Assert.Equal(3, file.LineOf(0, 0));
    }

    [Theory]
    [InlineData("a O\nb c d\n", 2, "3 columns")]
    [InlineData("a O\n\nb 1 0 1 O\n", 3, "but the file started with 2")]
    [InlineData("a 1 x 1 O\n", 1, "not a START END offset pair")]
    [InlineData("a 1 0 1 O\nb 2 2 3 O\n", 2, "document '2' inside a sentence of document '1'")]
    public void Malformed_line_is_named(string content, int line, string reason)
    {
        var e = Assert.Throws<CorpusFormatException>(() => ConllReader.Parse("f.conll", content));
        Assert.Equal(line, e.Line);
        Assert.Contains(reason, e.Message);
        Assert.StartsWith($"f.conll:{line}: ", e.Message);
    }

    [Fact]
    public void Empty_file_is_an_error()
    {
        Assert.Contains("no sentences", Assert.Throws<CorpusFormatException>(() => ConllReader.Parse("e.txt", "\n\n")).Message);
    }

    [Theory]
    [InlineData(ConllFormat.NeuroNer)]
    [InlineData(ConllFormat.TwoColumn)]
    public void Write_then_read_is_the_identity(ConllFormat format)
    {
        var original = ConllReader.Parse("t", "Aspirin 100 0 7 B-Drug\n81 100 8 10 B-Strength\n\nDaily 101 12 17 B-Frequency\n");
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "out.txt");
        var sentences = format == ConllFormat.NeuroNer ? original.Sentences
            : original.Sentences.Select(s => new Sentence("", -1, -1, [.. s.Tokens.Select(t => new Token(t.Text, -1, -1))], s.Tags)).ToArray().AsEnumerable();
        ConllWriter.Write(path, sentences, format);
        Assert.Equal(sentences.ToArray(), ConllReader.Read(path).Sentences.ToArray());
    }
}
