namespace ClinicalNer.Metrics;

/// <summary>
/// The IOB tag syntax every CoNLL unit accepts: <c>O</c>, or <c>B-</c>/<c>I-</c> followed by a type. A type may hold
/// dashes but not begin or end with one, because seqeval's two modes would then read different types from it
/// (the default mode splits at the first dash, the strict mode strips dashes).
/// </summary>
internal static class IobTag
{
    /// <summary>Why <paramref name="tag"/> is not an IOB tag, or null when it is one.</summary>
    public static string? Problem(string tag)
    {
        if (tag == "O") return null;
        bool prefixed = tag.Length > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-';
        if (!prefixed || tag[2] == '-' || tag[^1] == '-' || tag.AsSpan(2).ContainsAny(" \t\r\n"))
            return $"tag '{tag}' is not IOB (expected O, B-TYPE or I-TYPE)";
        return null;
    }

    /// <summary>The type of a valid tag: the text after <c>B-</c> or <c>I-</c>, or the tag itself for <c>O</c>.</summary>
    public static string TypeOf(string tag) => tag == "O" ? tag : tag[2..];

    /// <summary>The tag with its type replaced by <paramref name="type"/> (<c>O</c> stays <c>O</c>).</summary>
    public static string WithType(string tag, string type) => tag == "O" ? tag : string.Concat(tag.AsSpan(0, 2), type);
}
