using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Text.WordPiece;

namespace ClinicalNer.Tests.Text;

public class BertPreTokenizerTests
{
    static string[] Words(string text) =>
        [.. BertPreTokenizer.Instance.PreTokenize(text).Select(w => text.Substring(w.Offset, w.Length))];

    [Fact]
    public void Whitespace_separates_and_each_punctuation_mark_is_a_word()
    {
        Assert.Equal(["K", "+", "3", ".", "5", ",", "BP", ">", "140", "/", "90", "mmHg"], Words("K+ 3.5,\tBP>140/90  mmHg"));
    }

    [Fact]
    public void Unicode_punctuation_splits_but_symbols_and_accents_stay_in_words()
    {
        // U+2014 em dash is punctuation (Pd); U+00B0 degree sign is a symbol (So) and stays attached.
        Assert.Equal(["38", ".", "5°C", "—", "naïve"], Words("38.5°C—naïve"));
    }

    [Fact]
    public void Control_and_format_characters_separate_words()
    {
        Assert.Equal(["ab", "cd", "ef"], Words("ab\u0001cd\u00ADef"));
    }

    [Fact]
    public void Offsets_are_utf16_positions_in_the_text()
    {
        var text = "  𝛼-blocker ok";
        var spans = BertPreTokenizer.Instance.PreTokenize(text).ToArray();
        Assert.Equal([(2, 2), (4, 1), (5, 7), (13, 2)], spans);
    }
}
