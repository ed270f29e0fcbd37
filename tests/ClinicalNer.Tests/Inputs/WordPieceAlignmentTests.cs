using System.Text;
using ClinicalNer.Inputs;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Tests.Inputs;

public class WordPieceAlignmentTests
{
    // id:                      0      1      2      3      4       5      6     7       8      9     10     11
    const string Vocabulary = "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\naspirin\nmet\n##formin\nmg\n/\nday\n##s\n";

    static WordPieceAlignment Aligner() =>
        WordPieceAlignment.FromVocabulary(new MemoryStream(Encoding.UTF8.GetBytes(Vocabulary)));

    static Sentence Tagged(string[] words, string[] tags) =>
        new("doc", -1, -1, [.. words.Select(w => new Token(w, -1, -1))], [.. tags]);

    [Fact]
    public void Continuations_of_a_B_word_become_I_and_others_keep_their_label()
    {
        var sentence = Tagged(["metformin", "mg/days", "aspirin"], ["B-Drug", "I-Strength", "O"]);

        var aligned = Aligner().Align(sentence);

        Assert.Equal(["met", "##formin", "mg", "/", "day", "##s", "aspirin"], aligned.Subtokens.ToArray());
        Assert.Equal([6, 7, 8, 9, 10, 11, 5], aligned.Ids.ToArray());
        Assert.Equal([0, 0, 1, 1, 1, 1, 2], aligned.WordIndices.ToArray());
        Assert.Equal(["B-Drug", "I-Drug", "I-Strength", "I-Strength", "I-Strength", "I-Strength", "O"], aligned.Tags.ToArray());
        Assert.All(aligned.Scored, Assert.True);
    }

    [Fact]
    public void First_sub_token_only_masks_the_continuations()
    {
        var aligned = Aligner().Align(Tagged(["metformin", "aspirin"], ["B-Drug", "O"]), SubtokenLabelling.FirstSubtokenOnly);

        Assert.Equal([true, false, true], aligned.Scored.ToArray());
        Assert.Equal(["B-Drug", "I-Drug", "O"], aligned.Tags.ToArray());
    }

    [Fact]
    public void Unknown_word_keeps_its_label_on_the_unknown_token()
    {
        var aligned = Aligner().Align(Tagged(["zzz"], ["B-ADE"]));

        Assert.Equal(["[UNK]"], aligned.Subtokens.ToArray());
        Assert.Equal(["B-ADE"], aligned.Tags.ToArray());
    }

    [Fact]
    public void Word_labels_are_the_first_sub_tokens_labels()
    {
        var aligned = Aligner().Align(Tagged(["metformin", "mg/days"], ["B-Drug", "B-Strength"]));

        var words = aligned.WordTags(["B-Drug", "O", "B-Strength", "I-Strength", "O", "O"]);

        Assert.Equal(["B-Drug", "B-Strength"], words.ToArray());
    }

    [Fact]
    public void Untagged_sentence_aligns_without_labels()
    {
        var aligned = Aligner().Align(new Sentence("doc", -1, -1, [new Token("aspirin", -1, -1)]));
        Assert.Empty(aligned.Tags);
        Assert.Equal(["aspirin"], aligned.Subtokens.ToArray());
    }
}
