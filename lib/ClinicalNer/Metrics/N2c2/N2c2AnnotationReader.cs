using System.Collections.Immutable;
using System.Globalization;
using ClinicalNer.Corpus;
using ClinicalNer.Runtime;

namespace ClinicalNer.Metrics.N2c2;

/// <summary>
/// Reads a <c>.ann</c> file the tolerant way the official n2c2 2018 Track 2 script (<c>track2-evaluate-ver4.py</c>)
/// does, which is on purpose not the validating corpus reader: scores must equal the official ones on the same
/// files, so the text file is not needed, any type string is accepted, offsets are plain numbers never checked
/// against a text, only lines starting with <c>T</c> count (relations, attributes and notes are ignored), and a
/// discontinuous span "<c>10 20;25 30</c>" becomes 10..30. Where the script itself would crash or silently reuse a
/// previous line's values (a <c>T</c> line without three tab-separated fields, an offset that is not a number), and
/// where it would silently keep only the last of two lines with one id, this reader stops with the file and line.
/// </summary>
internal static class N2c2AnnotationReader
{
    /// <summary>The mentions of <paramref name="path"/> in file order.</summary>
    /// <exception cref="CorpusFormatException">A <c>T</c> line is malformed, or an id repeats.</exception>
    public static ImmutableArray<N2c2Mention> Read(string path)
    {
        var mentions = ImmutableArray.CreateBuilder<N2c2Mention>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (string raw in InputFile.ReadAllLines(path))
        {
            lineNumber++;
            string line = raw.Trim();
            if (!line.StartsWith('T')) continue;
            string[] fields = line.Split('\t');
            if (fields.Length != 3)
                throw new CorpusFormatException(path, lineNumber, $"a T line needs 3 tab-separated fields (id, type and offsets, text), found {fields.Length}");
            string[] parts = fields[1].Split(' ');
            if (parts.Length < 3)
                throw new CorpusFormatException(path, lineNumber, $"'{fields[1]}' is not 'TYPE START END'");
            int start = Offset(parts[1], path, lineNumber);
            int end = Offset(parts[^1], path, lineNumber);
            string id = fields[0];
            if (firstLineOf.TryGetValue(id, out int first))
                throw new CorpusFormatException(path, lineNumber, $"id {id} already used at line {first}");
            firstLineOf.Add(id, lineNumber);
            mentions.Add(new N2c2Mention(id, parts[0], start, end));
        }
        return mentions.ToImmutable();
    }

    static int Offset(string text, string path, int line) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new CorpusFormatException(path, line, $"offset '{text}' is not a number");
}
