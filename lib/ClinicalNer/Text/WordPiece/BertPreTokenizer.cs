using System.Globalization;
using System.Text;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;
using Microsoft.ML.Tokenizers;

namespace ClinicalNer.Text.WordPiece;

/// <summary>
/// Splits text into words as BERT's original <c>BasicTokenizer</c> does: at whitespace, with every punctuation
/// character a word of its own. Punctuation is BERT's: ASCII <c>!"#$%&amp;'()*+,-./:;&lt;=&gt;?@[\]^_`{|}~</c> and
/// any Unicode category P*. Control and format characters separate words.
/// </summary>
/// <remarks>
/// Microsoft.ML.Tokenizers' own BERT pre-tokenizer (<c>\w+|\p{P}</c>) silently drops ASCII symbols such as
/// <c>+</c>, <c>=</c> or <c>&gt;</c>, which carry meaning in clinical notes (<c>K+</c>, <c>BP&gt;140</c>); this one
/// keeps every non-space character in some word, so no character of a note is lost.
/// </remarks>
public sealed class BertPreTokenizer : PreTokenizer
{
    /// <summary>The shared instance (the splitter holds no state).</summary>
    public static BertPreTokenizer Instance { get; } = new();

    BertPreTokenizer() { }

    /// <inheritdoc />
    public override IEnumerable<(int Offset, int Length)> PreTokenize(string text) => Split(text.AsSpan());

    /// <inheritdoc />
    public override IEnumerable<(int Offset, int Length)> PreTokenize(ReadOnlySpan<char> text) => Split(text);

    /// <summary>True for a character BERT treats as punctuation.</summary>
    internal static bool IsPunctuation(Rune r) =>
        r.Value is (>= 33 and <= 47) or (>= 58 and <= 64) or (>= 91 and <= 96) or (>= 123 and <= 126) ||
        Rune.GetUnicodeCategory(r) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;

    static bool IsSeparator(Rune r) =>
        Rune.IsWhiteSpace(r) || Rune.GetUnicodeCategory(r) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate;

    // Eager because an iterator cannot hold a span; pre-tokenized pieces are short lists per text.
    static List<(int Offset, int Length)> Split(ReadOnlySpan<char> text)
    {
        var words = new List<(int, int)>();
        int start = -1, i = 0;
        while (i < text.Length)
        {
            // A lone surrogate is not text: it separates words like a control character.
            bool valid = Rune.DecodeFromUtf16(text[i..], out var r, out int width) == System.Buffers.OperationStatus.Done;
            bool separator = !valid || IsSeparator(r);
            if (separator || IsPunctuation(r))
            {
                if (start >= 0) words.Add((start, i - start));
                start = -1;
                if (!separator) words.Add((i, width));
            }
            else if (start < 0)
                start = i;
            i += width;
        }
        if (start >= 0) words.Add((start, text.Length - start));
        return words;
    }
}
