using ClinicalNer.Corpus;
using ClinicalNer.Inputs;
using ClinicalNer.Metrics;
using ClinicalNer.Sample.Lexicons;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Tests.Metrics;

public class TaggedPairTests
{
    static Sentence Sentence(string[] words, string[] tags) =>
        new("", -1, -1, [.. words.Select(w => new Token(w, -1, -1))], [.. tags]);

    // Each file: sentence 1 on lines 1-2, sentence 2 on lines 4-6.
    static readonly int[] Lines = [1, 4];

    static CorpusFormatException Fails(Sentence[] gold, Sentence[] predicted) =>
        Assert.Throws<CorpusFormatException>(() => TaggedPair.FromSentences(gold, predicted, "g.conll", "p.conll", Lines, Lines));

    static readonly Sentence[] Gold = [Sentence(["take", "aspirin"], ["O", "B-Drug"]), Sentence(["81", "mg", "daily"], ["B-Strength", "I-Strength", "B-Frequency"])];

    [Fact]
    public void Different_token_count_names_the_predicted_line()
    {
        var e = Fails(Gold, [Gold[0], Sentence(["81", "mg"], ["O", "O"])]);
        Assert.Equal(("p.conll", 4), (e.FilePath, e.Line));
        Assert.Contains("sentence 2 has 2 tokens but in g.conll:4 it has 3", e.Message);
    }

    [Fact]
    public void Different_token_text_is_a_misalignment()
    {
        var e = Fails(Gold, [Gold[0], Sentence(["81", "mgs", "daily"], ["O", "O", "O"])]);
        Assert.Equal(("p.conll", 5), (e.FilePath, e.Line));
        Assert.Contains("misaligned: token 'mgs' where g.conll:5 has 'mg'", e.Message);
    }

    [Fact]
    public void Missing_sentence_is_named()
    {
        var e = Fails(Gold, [Gold[0]]);
        Assert.Equal(("g.conll", 4), (e.FilePath, e.Line));
        Assert.Contains("sentence 2 has no counterpart", e.Message);
    }

    [Fact]
    public void Empty_input_is_an_error()
    {
        var e = Fails([], Gold);
        Assert.Equal("g.conll", e.FilePath);
    }

    [Theory]
    [InlineData("Drug")]
    [InlineData("B-")]
    [InlineData("B--Drug")]
    [InlineData("E-Drug")]
    [InlineData("b-Drug")]
    public void Tag_that_is_not_IOB_names_its_first_line(string tag)
    {
        var e = Fails(Gold, [Gold[0], Sentence(["81", "mg", "daily"], ["O", tag, tag])]);
        Assert.Equal(("p.conll", 5), (e.FilePath, e.Line));
        Assert.Contains($"tag '{tag}' is not IOB", e.Message);
    }

    [Fact]
    public void Sentences_and_documents_are_kept()
    {
        var gold = Gold.Select((s, i) => s with { DocumentId = i == 0 ? "a" : "b" }).ToArray();
        var pair = TaggedPair.FromSentences(gold, gold);
        Assert.Equal(5, pair.TokenCount);
        Assert.Equal(2, pair.SentenceCount);
        Assert.Equal(["a", "b"], pair.DocumentIds.ToArray());
    }

    [Fact]
    public void Word_pieces_expand_both_sides_and_mark_word_starts()
    {
        var vocabulary = new MemoryStream("[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\naspirin\nta\n##ke\n81\nmg\ndaily\n"u8.ToArray());
        var pieces = WordPieceAlignment.FromVocabulary(vocabulary);
        var pair = TaggedPair.FromSentences(Gold, Gold, wordPieces: pieces);

        Assert.Equal(6, pair.TokenCount);
        Assert.Equal([true, false, true, true, true, true], pair.WordStarts!);
        Assert.Equal(5, Scorer.Score(pair, ScoreUnit.Word).Micro.Support);
        Assert.Equal(6, Scorer.Score(pair, ScoreUnit.Subtoken).Micro.Support);
    }
}
