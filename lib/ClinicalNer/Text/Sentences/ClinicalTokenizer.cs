using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using ClinicalNer.Corpus;
using ClinicalNer.Text.Bio;

namespace ClinicalNer.Text.Sentences;

/// <summary>
/// Splits clinical text into word tokens with code-point offsets, written for discharge summaries and sound on
/// other English biomedical text. Rules, in order:
/// <list type="bullet">
/// <item>Whitespace (any Unicode space, NBSP, U+2009 and line breaks included), zero-width spaces and control
/// characters separate tokens and are never part of one.</item>
/// <item>A de-identification bracket <c>[**2115-2-22**]</c> is kept whole; one holding spaces
/// (<c>[**Hospital 18**]</c>) becomes its space-separated pieces, with no punctuation split inside.</item>
/// <item>Words are runs of letters, digits, combining marks and connectors (<c>_</c>). They stay joined across
/// a decimal point or thousands comma (<c>0.5</c>, <c>1,000</c>), a time or ratio colon (<c>10:30</c>), a
/// fraction slash between digits (<c>1/2</c>, <c>120/80</c>), an apostrophe between letters (<c>Crohn's</c>)
/// and the periods of short dotted abbreviations (<c>b.i.d.</c>, <c>p.o.</c>, <c>q.4h.</c>, <c>e.g.</c>),
/// which keep their final period.</item>
/// <item>Titles, initials (<c>J. Smith</c>, not <c>vitamin D.</c>) and a few clinical abbreviations keep their
/// period (<c>Dr.</c>, <c>tabs.</c>); any other final period is a token of its own (<c>mg.</c> is <c>mg</c>
/// <c>.</c>).</item>
/// <item>Everything else that is not a word character is a token: hyphens and dashes (<c>1-2</c> is three
/// tokens, as are <c>steroid-induced</c> and <c>mg/dL</c>), brackets, quotes, <c>%</c>. A run of the same
/// mark (<c>...</c>, <c>**</c>, <c>--</c>, <c>==</c>) is one token.</item>
/// <item>With number-unit splitting on, a number glued to letters is split (<c>25mg</c> is <c>25</c> <c>mg</c>),
/// except ordinals (<c>2nd</c>).</item>
/// </list>
/// Differences from spaCy <c>en_core_web_sm</c> (the tokenizer behind the paper's CoNLL files via NeuroNER's
/// converter), which also splits hyphens (<c>1-2</c>, <c>steroid-induced</c>), a slash before a letter
/// (<c>mg/dL</c>) and a number from a unit: spaCy cuts de-identification brackets into <c>[</c>, <c>*</c>, digits
/// and dashes; splits <c>'s</c> and <c>n't</c> off; splits a number only from the units of its list (<c>mg</c>,
/// <c>ml</c>, <c>kg</c>, ...) where this splits it from any letters but ordinals (<c>2tabs</c>, <c>10mEq</c>);
/// keeps a dotted abbreviation whole only when its exception list has it; and yields whitespace tokens, which the
/// converter then drops (this tokenizer never makes them).
/// </summary>
public static class ClinicalTokenizer
{
    /// <summary>Abbreviations that keep their period and never end a sentence (titles, initials are handled apart).</summary>
    internal static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        ["Dr", "Drs", "Mr", "Mrs", "Ms", "Messrs", "Prof", "Sr", "Jr", "St", "Mt", "Lt", "Capt", "Sgt", "Rev", "Hon",
         "Gen", "Gov", "vs", "Vs", "approx", "Approx", "Fig", "Figs", "Inc", "Ltd", "Corp", "Dept"],
        StringComparer.Ordinal);

    /// <summary>Clinical abbreviations that keep their period but may end a sentence before a capitalized word.</summary>
    internal static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
        ["tab", "tabs", "cap", "caps", "Sig", "sig", "Disp", "disp", "pt", "Pt", "pts", "Pts", "hx", "Hx", "dx", "Dx",
         "rx", "Rx", "tx", "Tx", "sx", "Sx", "etc", "wk", "wks", "mo", "mos", "yr", "yrs", "hr", "hrs", "min", "mins",
         "sec", "secs", "inj", "susp", "soln", "supp", "qty", "Qty", "cont", "hosp", "amp", "amps"],
        StringComparer.Ordinal);

    static readonly FrozenSet<string> OrdinalSuffixes = FrozenSet.ToFrozenSet(["st", "nd", "rd", "th"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Longest de-identification bracket searched for, in UTF-16 units.</summary>
    const int MaxDeidLength = 200;

    /// <summary>Tokens of <paramref name="text"/> with code-point offsets into it.</summary>
    public static ImmutableArray<Token> Tokenize(string text, bool splitNumberUnits = true)
    {
        var ranges = new List<TextRange>(text.Length / 4 + 4);
        Scan(text, 0, text.Length, splitNumberUnits, ranges);
        var codePoints = new CodePointIndex(text);
        var tokens = ImmutableArray.CreateBuilder<Token>(ranges.Count);
        foreach (var r in ranges)
            tokens.Add(new Token(text.Substring(r.Start, r.Length), codePoints.ToCodePoint(r.Start), codePoints.ToCodePoint(r.End)));
        return tokens.MoveToImmutable();
    }

    /// <summary>Appends the UTF-16 ranges of the tokens of <paramref name="text"/>[<paramref name="from"/>..<paramref name="to"/>) to <paramref name="tokens"/>.</summary>
    internal static void Scan(string text, int from, int to, bool splitNumberUnits, List<TextRange> tokens)
    {
        int i = from;
        while (i < to)
        {
            char c = text[i];
            if (IsSeparator(c))
            {
                i++;
                continue;
            }
            if (c == '[' && TryDeidBracket(text, i, to, out int deidEnd))
            {
                AddPieces(text, i, deidEnd, tokens);
                i = deidEnd;
                continue;
            }
            if (WordLength(text, i, to) > 0 || (c == '.' && i + 1 < to && char.IsAsciiDigit(text[i + 1])))
            {
                i = ScanWord(text, i, to, splitNumberUnits, tokens);
                continue;
            }
            int width = char.IsSurrogatePair(text, i) ? 2 : 1;
            int end = i + width;
            if (width == 1 && IsRunMark(c))
                while (end < to && text[end] == c) end++;
            tokens.Add(new TextRange(i, end));
            i = end;
        }
    }

    /// <summary>Scans the word starting at <paramref name="start"/>, adds its token(s) and returns where scanning resumes.</summary>
    static int ScanWord(string text, int start, int to, bool splitNumberUnits, List<TextRange> tokens)
    {
        // A leading '.' belongs to a decimal (".5"); the caller checked that a digit follows.
        int j = text[start] == '.' ? start + 1 : start;
        int segmentStart = j;
        bool segmentHasLetter = false, internalPeriod = false, anyLetter = false;
        while (true)
        {
            int w;
            while (j < to && (w = WordLength(text, j, to)) > 0)
            {
                if (char.IsLetter(text[j]) || (w == 2 && char.IsLetter(text, j))) segmentHasLetter = anyLetter = true;
                j += w;
            }
            if (j + 1 >= to || !JoinsWord(text, j, to, segmentStart, segmentHasLetter)) break;
            internalPeriod |= text[j] == '.';
            j++;
            segmentStart = j;
            segmentHasLetter = false;
        }

        if (j < to && text[j] == '.' && KeepsPeriod(text, start, j, internalPeriod && anyLetter))
        {
            tokens.Add(new TextRange(start, j + 1));
            return j + 1;
        }
        int unitAt = splitNumberUnits ? NumberUnitSplit(text, start, j) : -1;
        if (unitAt > 0)
        {
            tokens.Add(new TextRange(start, unitAt));
            tokens.Add(new TextRange(unitAt, j));
        }
        else tokens.Add(new TextRange(start, j));
        return j;
    }

    /// <summary>
    /// Whether the mark at <paramref name="j"/> joins the word characters on both of its sides into one token.
    /// </summary>
    static bool JoinsWord(string text, int j, int to, int segmentStart, bool segmentHasLetter)
    {
        char c = text[j], before = text[j - 1], after = text[j + 1];
        switch (c)
        {
            case '.':
                if (char.IsAsciiDigit(before) && char.IsAsciiDigit(after)) return true;
                // Short dotted abbreviations: b.i.d, p.o, q.4h, e.g, a.m; not "pain.He" or "2.Aspirin".
                return segmentHasLetter && j - segmentStart <= 3 && SegmentLength(text, j + 1, to) is > 0 and <= 3;
            case ',':
                return char.IsAsciiDigit(before) && ThreeDigitsFollow(text, j + 1, to);
            case ':':
            case '/':
                return char.IsAsciiDigit(before) && char.IsAsciiDigit(after);
            case '\'':
            case '\u2019':
                return char.IsLetter(before) && char.IsLetter(after);
            default:
                return false;
        }
    }

    /// <summary>Whether the period after the word [<paramref name="start"/>, <paramref name="end"/>) belongs to it.</summary>
    static bool KeepsPeriod(string text, int start, int end, bool dottedAbbreviation)
    {
        if (dottedAbbreviation) return true;
        var word = text.AsSpan(start, end - start);
        if (word.Length == 1 && char.IsUpper(word[0])) return IsInitial(text, start, end);
        var lookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word) || Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>
    /// Whether the capital letter at <paramref name="letter"/>, with its period at <paramref name="period"/>, is an
    /// initial ("Dr. J. Smith"): a capitalized word follows, and no lower-case word comes right before it, as in
    /// "vitamin D." or "hepatitis B. He", where the period ends a sentence.
    /// </summary>
    static bool IsInitial(string text, int letter, int period)
    {
        int before = letter - 1;
        while (before >= 0 && text[before] is ' ' or '\t' or '\u00A0') before--;
        if (before >= 0 && char.IsLower(text[before])) return false;
        int after = period + 1;
        while (after < text.Length && text[after] is ' ' or '\t' or '\u00A0') after++;
        return after > period + 1 && after < text.Length && char.IsUpper(text[after]);
    }

    /// <summary>Where a number glued to a unit ("25mg", "0.5ml") splits, or -1.</summary>
    static int NumberUnitSplit(string text, int start, int end)
    {
        int k = start;
        while (k < end && (char.IsAsciiDigit(text[k]) || text[k] is '.' or ',')) k++;
        if (k == start || k == end || !char.IsAsciiDigit(text[k - 1])) return -1;
        for (int m = k; m < end; m++)
            if (!char.IsLetter(text[m])) return -1;
        if (OrdinalSuffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(k, end - k))) return -1;
        return k;
    }

    /// <summary>Length of the word-character run at <paramref name="i"/> (no joins).</summary>
    static int SegmentLength(string text, int i, int to)
    {
        int j = i, w;
        while (j < to && (w = WordLength(text, j, to)) > 0) j += w;
        return j - i;
    }

    static bool ThreeDigitsFollow(string text, int i, int to) =>
        i + 3 <= to && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) &&
        (i + 3 == to || !char.IsAsciiDigit(text[i + 3]));

    /// <summary>UTF-16 length of the word character at <paramref name="i"/> (1, 2 for a surrogate pair), or 0 when it is none.</summary>
    static int WordLength(string text, int i, int to)
    {
        char c = text[i];
        if (char.IsAsciiLetterOrDigit(c)) return 1;
        if (c < '\u00AA') return c == '_' ? 1 : 0;
        if (char.IsHighSurrogate(c))
            return i + 1 < to && char.IsSurrogatePair(c, text[i + 1]) && IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(text, i)) ? 2 : 0;
        return IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(c)) ? 1 : 0;
    }

    static bool IsWordCategory(UnicodeCategory category) => category is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
        UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or
        UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.NonSpacingMark or
        UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.ConnectorPunctuation;

    /// <summary>Characters that separate tokens and never belong to one.</summary>
    internal static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u2060' or '\uFEFF';

    /// <summary>Marks whose repetitions form one token ("...", "**", "--", "==").</summary>
    static bool IsRunMark(char c) => c is '.' or '-' or '*' or '=' or '~' or '#' or '!' or '?' or '+' or '>' or '<' or '/';

    /// <summary>Finds <c>**]</c> closing a <c>[**</c> at <paramref name="i"/> on the same line.</summary>
    static bool TryDeidBracket(string text, int i, int to, out int end)
    {
        end = -1;
        if (i + 3 > to || text[i + 1] != '*' || text[i + 2] != '*') return false;
        int limit = Math.Min(to, i + MaxDeidLength);
        for (int k = i + 3; k + 3 <= limit; k++)
        {
            char c = text[k];
            if (c is '\n' or '\r') return false;
            if (c == '*' && text[k + 1] == '*' && text[k + 2] == ']')
            {
                end = k + 3;
                return true;
            }
        }
        return false;
    }

    /// <summary>Adds the separator-delimited pieces of [<paramref name="start"/>, <paramref name="end"/>) as tokens.</summary>
    static void AddPieces(string text, int start, int end, List<TextRange> tokens)
    {
        int k = start;
        while (k < end)
        {
            while (k < end && IsSeparator(text[k])) k++;
            int pieceStart = k;
            while (k < end && !IsSeparator(text[k])) k++;
            if (k > pieceStart) tokens.Add(new TextRange(pieceStart, k));
        }
    }
}
