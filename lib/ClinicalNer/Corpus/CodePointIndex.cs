namespace ClinicalNer.Corpus;

/// <summary>
/// Converts between code-point offsets (brat, Python) and UTF-16 indices (.NET strings) of one text.
/// Texts without surrogate pairs (almost all notes) map one to one and need no table.
/// </summary>
public sealed class CodePointIndex
{
    readonly string _text;
    readonly int[]? _utf16OfCodePoint; // [codePoint] -> UTF-16 index; null when identical

    /// <summary>Indexes <paramref name="text"/>.</summary>
    public CodePointIndex(string text)
    {
        _text = text;
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            Length = text.Length;
            return;
        }
        var map = new List<int>(text.Length + 1);
        for (int i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1) map.Add(i);
        map.Add(text.Length);
        _utf16OfCodePoint = map.ToArray();
        Length = _utf16OfCodePoint.Length - 1;
    }

    /// <summary>Length of the text in code points.</summary>
    public int Length { get; }

    /// <summary>UTF-16 index of code point <paramref name="codePoint"/> (0..Length inclusive).</summary>
    public int ToUtf16(int codePoint)
    {
        if ((uint)codePoint > (uint)Length)
            throw new ArgumentOutOfRangeException(nameof(codePoint), codePoint, $"offset outside the text (0..{Length})");
        return _utf16OfCodePoint?[codePoint] ?? codePoint;
    }

    /// <summary>Code-point offset of UTF-16 index <paramref name="utf16"/> (which must not split a surrogate pair).</summary>
    public int ToCodePoint(int utf16)
    {
        if (_utf16OfCodePoint is null) return utf16;
        int i = Array.BinarySearch(_utf16OfCodePoint, utf16);
        if (i < 0) throw new ArgumentOutOfRangeException(nameof(utf16), utf16, "index splits a surrogate pair");
        return i;
    }

    /// <summary>The text of the code-point range [start, end).</summary>
    public string Slice(int start, int end)
    {
        int from = ToUtf16(start), to = ToUtf16(end);
        return _text[from..to];
    }
}
