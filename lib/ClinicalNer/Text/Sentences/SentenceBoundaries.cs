using ClinicalNer.Text.Bio;

namespace ClinicalNer.Text.Sentences;

/// <summary>
/// Where sentences end in a tokenized note, by rules written for discharge summaries:
/// <list type="bullet">
/// <item>A blank line always ends a sentence.</item>
/// <item>A single line break ends one when the line ends with <c>. ! ? :</c> (unless a lowercase word follows,
/// or the period belongs to a title such as <c>Dr.</c>), when the next line opens a list item (<c>1.</c>,
/// <c>2)</c>, <c>(3)</c>, <c>-</c>, <c>*</c>, <c>•</c>), when the next line is a section header
/// (<c>Discharge Medications:</c>, <c>Sig:</c>, an upper-case line) or the line itself is an upper-case header,
/// and when the break is deliberate: the next line's first word would have fitted on the line, judged against
/// the note's longest line (so hard-wrapped narrative stays one sentence and short lines do not).</item>
/// <item>Within a line, <c>. ! ? …</c> (and closing brackets or quotes after them) end a sentence when the next
/// token opens one: a capitalized word, a de-identification bracket, a list number, a quote before a capital.
/// A period after a line-initial list number (<c>1. Metoprolol</c>) ends nothing; a dotted abbreviation
/// (<c>b.i.d.</c>) or clinical abbreviation (<c>tabs.</c>) ends a sentence only before a capitalized word
/// (<c>He</c>, not <c>PO</c>); a title (<c>Dr.</c>, <c>Mrs.</c>) or initial (<c>J.</c>) never does.</item>
/// </list>
/// spaCy <c>en_core_web_sm</c> (the paper's data) splits with a statistical parser instead: it often breaks at
/// every line break token and inside medication lists at positions these rules would not; neither splitter can
/// cut an entity here, where spaCy's can.
/// </summary>
internal static class SentenceBoundaries
{
    /// <summary><c>result[k]</c> is true when a sentence starts at token <c>k</c> (k ≥ 1).</summary>
    public static bool[] Find(string text, List<TextRange> tokens)
    {
        int n = tokens.Count;
        var before = new bool[n];
        if (n == 0) return before;
        int wrapWidth = LongestLine(text, tokens);

        int lineStart = 0, lineFirst = 0;
        for (int k = 1; k < n; k++)
        {
            int breaks = LineBreaks(text, tokens[k - 1].End, tokens[k].Start, out int nextLineStart);
            before[k] = breaks switch
            {
                0 => PunctuationEnds(text, tokens, k, lineFirst),
                1 => LineBreakEnds(text, tokens, k, lineFirst, lineStart, wrapWidth),
                _ => true,
            };
            if (breaks > 0)
            {
                lineStart = nextLineStart;
                lineFirst = k;
            }
        }
        return before;
    }

    /// <summary>The length of the longest line (UTF-16 units, indentation included, trailing space not).</summary>
    static int LongestLine(string text, List<TextRange> tokens)
    {
        int longest = 0, lineStart = 0;
        for (int k = 1; k < tokens.Count; k++)
        {
            if (LineBreaks(text, tokens[k - 1].End, tokens[k].Start, out int next) == 0) continue;
            longest = Math.Max(longest, tokens[k - 1].End - lineStart);
            lineStart = next;
        }
        return Math.Max(longest, tokens[^1].End - lineStart);
    }

    /// <summary>
    /// Line breaks in the whitespace [<paramref name="from"/>, <paramref name="to"/>): CRLF, LF, CR, NEL and U+2028
    /// count one, a paragraph separator (U+2029) or form feed two. <paramref name="lineStart"/> is set to the
    /// index after the last break.
    /// </summary>
    static int LineBreaks(string text, int from, int to, out int lineStart)
    {
        int count = 0;
        lineStart = from;
        for (int i = from; i < to; i++)
        {
            switch (text[i])
            {
                case '\r' when i + 1 < to && text[i + 1] == '\n':
                    continue;
                case '\n' or '\r' or '\u0085' or '\u2028' or '\v':
                    count++;
                    break;
                case '\u2029' or '\f':
                    count += 2;
                    break;
                default:
                    continue;
            }
            lineStart = i + 1;
        }
        return count;
    }

    /// <summary>Whether a sentence starts at token <paramref name="k"/>, on the same line as token k-1.</summary>
    static bool PunctuationEnds(string text, List<TextRange> tokens, int k, int lineFirst)
    {
        int p = SkipClosers(text, tokens, k - 1, lineFirst);
        return FinalMark(text, tokens, p, lineFirst) switch
        {
            Mark.SentenceEnd => OpensSentence(text, tokens, k),
            Mark.Abbreviation => IsCapitalizedWord(text, tokens[k]),
            _ => false,
        };
    }

    /// <summary>Whether the single line break before token <paramref name="k"/> ends a sentence.</summary>
    static bool LineBreakEnds(string text, List<TextRange> tokens, int k, int lineFirst, int lineStart, int wrapWidth)
    {
        int p = SkipClosers(text, tokens, k - 1, lineFirst);
        switch (FinalMark(text, tokens, p, lineFirst))
        {
            case Mark.Colon:
                return true;
            case Mark.SentenceEnd or Mark.Abbreviation when !char.IsLower(text[tokens[k].Start]):
                return true;
            case Mark.Title:
                return false;
        }
        if (OpensListItem(text, tokens, k) || OpensHeader(text, tokens, k) || IsUpperCaseLine(text, tokens, lineFirst, k))
            return true;
        int lineLength = tokens[k - 1].End - lineStart;
        return lineLength + 1 + ChunkLength(text, tokens[k].Start) <= wrapWidth;
    }

    enum Mark { None, SentenceEnd, Abbreviation, Title, Colon }

    /// <summary>What kind of sentence-ending mark token <paramref name="p"/> is.</summary>
    static Mark FinalMark(string text, List<TextRange> tokens, int p, int lineFirst)
    {
        var t = tokens[p];
        char last = text[t.End - 1];
        if (t.Length == 1 && last == ':') return Mark.Colon;
        bool allFinal = true;
        for (int i = t.Start; i < t.End && allFinal; i++) allFinal = text[i] is '.' or '!' or '?' or '\u2026';
        if (allFinal)
        {
            // "1." opening a list item: the period belongs to the number.
            bool listNumber = t.Length == 1 && last == '.' && p - 1 == lineFirst && IsListLabel(text, tokens[p - 1]);
            return listNumber ? Mark.None : Mark.SentenceEnd;
        }
        if (last != '.') return Mark.None;
        var word = text.AsSpan(t.Start, t.Length - 1);
        if ((word.Length == 1 && char.IsUpper(word[0])) ||
            ClinicalTokenizer.Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return Mark.Title;
        return Mark.Abbreviation;
    }

    /// <summary>Steps back over closing brackets and quotes glued to the token before them.</summary>
    static int SkipClosers(string text, List<TextRange> tokens, int p, int lineFirst)
    {
        while (p > lineFirst && tokens[p].Length == 1 && tokens[p - 1].End == tokens[p].Start &&
               text[tokens[p].Start] is ')' or ']' or '}' or '"' or '\'' or '\u201D' or '\u2019' or '\u00BB')
            p--;
        return p;
    }

    /// <summary>Whether token <paramref name="k"/> can open a sentence after a full stop.</summary>
    static bool OpensSentence(string text, List<TextRange> tokens, int k)
    {
        char c = text[tokens[k].Start];
        if (char.IsUpper(c)) return true;
        if (c == '[' && tokens[k].Length > 1) return true; // a de-identification bracket
        if (char.IsAsciiDigit(c)) return OpensListItem(text, tokens, k);
        if (c is '"' or '\u201C' or '\'' or '\u2018' or '(' && k + 1 < tokens.Count)
            return char.IsUpper(text[tokens[k + 1].Start]);
        return false;
    }

    /// <summary>True for a list label: a number of up to three digits or a single letter.</summary>
    static bool IsListLabel(string text, TextRange t)
    {
        if (t.Length == 1 && char.IsAsciiLetter(text[t.Start])) return true;
        if (t.Length > 3) return false;
        for (int i = t.Start; i < t.End; i++) if (!char.IsAsciiDigit(text[i])) return false;
        return true;
    }

    /// <summary>Whether token <paramref name="k"/> opens a list item: <c>1.</c>, <c>2)</c>, <c>(3)</c>, or a bullet followed by a space.</summary>
    static bool OpensListItem(string text, List<TextRange> tokens, int k)
    {
        var t = tokens[k];
        char c = text[t.Start];
        if (t.Length == 1 && c is '-' or '*' or '\u2022' or '\u00B7' or '\u2023' or '\u25E6' or '\u2013' or '\u2014' or '\u25AA')
            return t.End < text.Length && char.IsWhiteSpace(text[t.End]);
        if (c == '(' && t.Length == 1 && k + 2 < tokens.Count)
            return IsListLabel(text, tokens[k + 1]) && IsMark(text, tokens[k + 2], ')');
        if (!IsListLabel(text, t) || k + 1 >= tokens.Count) return false;
        var next = tokens[k + 1];
        return next.Start == t.End && (IsMark(text, next, '.') || IsMark(text, next, ')')) &&
               (next.End == text.Length || char.IsWhiteSpace(text[next.End]));
    }

    /// <summary>Whether token <paramref name="k"/> opens a header such as <c>Discharge Medications:</c>: up to five words, then a colon.</summary>
    static bool OpensHeader(string text, List<TextRange> tokens, int k)
    {
        if (!char.IsUpper(text[tokens[k].Start])) return false;
        for (int i = k + 1; i < tokens.Count && i <= k + 5; i++)
        {
            if (IsMark(text, tokens[i], ':')) return true;
            if (!char.IsLetter(text[tokens[i].Start]) || LineBreaks(text, tokens[i - 1].End, tokens[i].Start, out _) > 0) return false;
        }
        return false;
    }

    /// <summary>Whether tokens [<paramref name="from"/>, <paramref name="to"/>) have letters, none lower-case, and at least two in one word.</summary>
    static bool IsUpperCaseLine(string text, List<TextRange> tokens, int from, int to)
    {
        bool longWord = false;
        for (int k = from; k < to; k++)
        {
            int letters = 0;
            for (int i = tokens[k].Start; i < tokens[k].End; i++)
            {
                if (char.IsLower(text[i])) return false;
                if (char.IsLetter(text[i])) letters++;
            }
            longWord |= letters >= 2;
        }
        return longWord;
    }

    /// <summary>A capitalized word: an upper-case letter followed by a lower-case one ("He", not "PO").</summary>
    static bool IsCapitalizedWord(string text, TextRange t) =>
        t.Length >= 2 && char.IsUpper(text[t.Start]) && char.IsLower(text[t.Start + 1]);

    static bool IsMark(string text, TextRange t, char mark) => t.Length == 1 && text[t.Start] == mark;

    /// <summary>Length of the whitespace-free run at <paramref name="start"/>.</summary>
    static int ChunkLength(string text, int start)
    {
        int i = start;
        while (i < text.Length && !ClinicalTokenizer.IsSeparator(text[i])) i++;
        return i - start;
    }
}
