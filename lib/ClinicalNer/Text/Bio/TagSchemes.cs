using System.Collections.Immutable;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.Bio;

/// <summary>
/// Converts tag sequences between <see cref="TagScheme"/>s through their chunks. Reading is lenient as conlleval
/// is: an <c>I-X</c> (or <c>E-X</c>) that follows no open chunk of type X opens one, so no tagged token is lost;
/// converting a valid sequence to another scheme and back is the identity.
/// </summary>
public static class TagSchemes
{
    /// <summary>The scheme named <paramref name="name"/>: <c>iob2</c> (or <c>bio</c>), <c>iob1</c> (or <c>iob</c>), <c>bioes</c> (or <c>iobes</c>).</summary>
    public static TagScheme Parse(string name) => name.ToLowerInvariant() switch
    {
        "iob2" or "bio" => TagScheme.Iob2,
        "iob1" or "iob" => TagScheme.Iob1,
        "bioes" or "iobes" => TagScheme.Bioes,
        _ => throw new ArgumentException($"unknown tag scheme '{name}' (expected iob2, iob1 or bioes)"),
    };

    /// <summary>The lower-case name used on the command line.</summary>
    public static string Name(this TagScheme scheme) => scheme switch
    {
        TagScheme.Iob2 => "iob2",
        TagScheme.Iob1 => "iob1",
        TagScheme.Bioes => "bioes",
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, null),
    };

    /// <summary>
    /// <paramref name="tags"/> (one sentence, written in <paramref name="from"/>) rewritten in <paramref name="to"/>.
    /// A tag that <paramref name="from"/> does not allow raises a <see cref="FormatException"/> naming its position.
    /// </summary>
    public static ImmutableArray<string> Convert(IReadOnlyList<string> tags, TagScheme from, TagScheme to)
    {
        var chunks = Chunks(tags, from);
        var result = new string[tags.Count];
        Array.Fill(result, "O");
        for (int c = 0; c < chunks.Count; c++)
        {
            var (type, start, end) = chunks[c];
            bool followsSameType = c > 0 && chunks[c - 1].End == start && chunks[c - 1].Type == type;
            for (int i = start; i < end; i++)
                result[i] = to switch
                {
                    TagScheme.Iob2 => (i == start ? "B-" : "I-") + type,
                    TagScheme.Iob1 => (i == start && followsSameType ? "B-" : "I-") + type,
                    _ => (end - start == 1 ? "S-" : i == start ? "B-" : i == end - 1 ? "E-" : "I-") + type,
                };
        }
        return [.. result];
    }

    /// <summary>Whether <paramref name="tag"/> is <c>O</c> or a prefix of <paramref name="scheme"/>, a dash and a type.</summary>
    public static bool Allows(TagScheme scheme, string tag)
    {
        if (tag == "O") return true;
        char prefix = tag.Length > 2 && tag[1] == '-' ? tag[0] : '\0';
        return prefix is 'B' or 'I' || (scheme == TagScheme.Bioes && prefix is 'E' or 'S');
    }

    /// <summary>The chunks (type, first token, end token) of a tag sequence written in <paramref name="scheme"/>.</summary>
    internal static List<(string Type, int Start, int End)> Chunks(IReadOnlyList<string> tags, TagScheme scheme)
    {
        var chunks = new List<(string Type, int Start, int End)>();
        string? type = null;
        int start = 0;
        bool closed = false; // BIOES: the open chunk ended with E-
        for (int i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag == "O")
            {
                Close(i);
                continue;
            }
            if (!Allows(scheme, tag)) throw new FormatException($"tag '{tag}' at token {i + 1} is not {scheme.Name()} (expected O or {Prefixes(scheme)} followed by a type)");
            char prefix = tag[0];
            var tagType = tag.AsSpan(2);
            bool continues = prefix is 'I' or 'E' && type is not null && !closed && tagType.SequenceEqual(type);
            if (!continues)
            {
                Close(i);
                type = tag[2..];
                start = i;
            }
            closed = prefix is 'E' or 'S';
        }
        Close(tags.Count);
        return chunks;

        void Close(int end)
        {
            if (type is not null) chunks.Add((type, start, end));
            type = null;
            closed = false;
        }
    }

    internal static string Prefixes(TagScheme scheme) => scheme == TagScheme.Bioes ? "B-, I-, E-, S-" : "B-, I-";
}
