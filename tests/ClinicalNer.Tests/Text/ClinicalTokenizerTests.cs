using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Tests.Text;

public class ClinicalTokenizerTests
{
    static string[] Words(string text, bool splitNumberUnits = true) =>
        [.. ClinicalTokenizer.Tokenize(text, splitNumberUnits).Select(t => t.Text)];

    [Theory]
    [InlineData("Metoprolol 25 mg PO b.i.d.", "Metoprolol|25|mg|PO|b.i.d.")]
    [InlineData("Lasix 20 mg p.o. q.4h. prn", "Lasix|20|mg|p.o.|q.4h.|prn")]
    [InlineData("take 0.5 mg, then .25 mg", "take|0.5|mg|,|then|.25|mg")]
    [InlineData("1-2 tabs q6h", "1|-|2|tabs|q6h")]
    [InlineData("seen by Dr. Smith, e.g. today", "seen|by|Dr.|Smith|,|e.g.|today")]
    [InlineData("gave 40 mg.", "gave|40|mg|.")]
    [InlineData("on [**2115-2-22**] at [**Hospital1 18**].", "on|[**2115-2-22**]|at|[**Hospital1|18**]|.")]
    [InlineData("Tablet(s) Disp:*30 Tablet(s)* Refills:*2*", "Tablet|(|s|)|Disp|:|*|30|Tablet|(|s|)|*|Refills|:|*|2|*")]
    [InlineData("BP 120/80, K+ 4.1, Na 1,000 at 10:30", "BP|120/80|,|K|+|4.1|,|Na|1,000|at|10:30")]
    [InlineData("steroid-induced hyperglycemia; mg/dL", "steroid|-|induced|hyperglycemia|;|mg|/|dL")]
    [InlineData("Crohn's disease (\"flare\")...", "Crohn's|disease|(|\"|flare|\"|)|...")]
    [InlineData("2nd dose 25mg 0.5mL x2 q.i.d", "2nd|dose|25|mg|0.5|mL|x2|q.i.d")]
    [InlineData("J. Doe vs. control", "J.|Doe|vs.|control")]
    [InlineData("took vitamin D. Then C. diff", "took|vitamin|D|.|Then|C|.|diff")]
    public void Clinical_text_gives_expected_tokens(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Words(text));

    [Fact]
    public void Number_unit_splitting_can_be_turned_off() =>
        Assert.Equal(["25mg", "daily"], Words("25mg daily", splitNumberUnits: false));

    [Fact]
    public void Unicode_spaces_and_punctuation_separate_tokens()
    {
        // NBSP, thin space, narrow NBSP, en and em dash, curly quotes, ellipsis, zero-width space.
        var text = "5\u00A0mg\u2009daily\u202Fx\u20133\u2014days \u201Cnow\u201D\u2026ok\u200Bgo";
        Assert.Equal(["5", "mg", "daily", "x", "\u2013", "3", "\u2014", "days", "\u201C", "now", "\u201D", "\u2026", "ok", "go"], Words(text));
    }

    [Fact]
    public void Offsets_are_code_points_around_characters_outside_the_BMP()
    {
        // U+1D465 (mathematical italic x) is one code point, two UTF-16 units; the emoji is a symbol token.
        var tokens = ClinicalTokenizer.Tokenize("\U0001D465 dose\U0001F600 5 mg");
        Assert.Equal([new Token("\U0001D465", 0, 1), new Token("dose", 2, 6), new Token("\U0001F600", 6, 7), new Token("5", 8, 9), new Token("mg", 10, 12)],
            tokens.ToArray());
    }

    [Fact]
    public void Crlf_counts_two_characters_and_never_enters_a_token()
    {
        var tokens = ClinicalTokenizer.Tokenize("Aspirin\r\n81 mg\r\n");
        Assert.Equal([new Token("Aspirin", 0, 7), new Token("81", 9, 11), new Token("mg", 12, 14)], tokens.ToArray());
    }

    [Fact]
    public void Tokens_never_hold_whitespace_and_cover_every_other_character()
    {
        const string text = "Discharge Medications:\n1. Acetaminophen 325 mg Tablet Sig: Two (2) Tablet PO Q6H (every 6 hours) as needed.\n[**Known lastname **] 2.5mg\u00A0\u2013 q.d.";
        var tokens = ClinicalTokenizer.Tokenize(text);
        var covered = new bool[text.Length];
        int previousEnd = 0;
        foreach (var t in tokens)
        {
            Assert.Equal(text[t.Start..t.End], t.Text);
            Assert.DoesNotContain(t.Text, char.IsWhiteSpace);
            Assert.True(t.Start >= previousEnd);
            previousEnd = t.End;
            for (int i = t.Start; i < t.End; i++) covered[i] = true;
        }
        for (int i = 0; i < text.Length; i++) Assert.True(covered[i] || char.IsWhiteSpace(text[i]), $"character {i} '{text[i]}' is in no token");
    }
}
