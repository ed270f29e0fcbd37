using System.Collections.Immutable;
using System.Globalization;
using ClinicalNer.Corpus;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.Conll;

/// <summary>
/// Reads CoNLL files: one token per line, a blank line between sentences, <c>-DOCSTART-</c> lines ignored.
/// The layout (<see cref="ConllFormat"/>) is detected from the first token line and every line must follow it.
/// Labels are kept as written unless a <see cref="TagScheme"/> other than IOB2 is named, whose tags are then
/// converted to IOB2 (<see cref="TagSchemes"/>).
/// </summary>
public static class ConllReader
{
    /// <summary>Reads <paramref name="path"/>; malformed lines raise <see cref="CorpusFormatException"/> naming the line.</summary>
    public static ConllFile Read(string path) => Parse(path, BratReader.ReadUtf8(path));

    /// <summary>
    /// Reads <paramref name="path"/>, whose tags are written in <paramref name="scheme"/>, with IOB2 tags; a tag the
    /// scheme does not allow raises <see cref="CorpusFormatException"/> naming its line.
    /// </summary>
    public static ConllFile Read(string path, TagScheme scheme)
    {
        var file = Read(path);
        file.CheckTags(scheme);
        if (scheme == TagScheme.Iob2) return file;
        return file with { Sentences = [.. file.Sentences.Select(s => s.WithTags(TagSchemes.Convert(s.Tags, scheme, TagScheme.Iob2)))] };
    }

    /// <summary>Parses CoNLL <paramref name="content"/>; <paramref name="path"/> names it in errors.</summary>
    public static ConllFile Parse(string path, string content)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var firstLines = ImmutableArray.CreateBuilder<int>();
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var tags = ImmutableArray.CreateBuilder<string>();
        ConllFormat? format = null;
        string document = "";
        int sentenceLine = 0;

        var lines = content.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int lineNumber = i + 1;
            var line = lines[i].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                continue;
            }
            var columns = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var lineFormat = columns.Length switch
            {
                5 => ConllFormat.NeuroNer,
                2 => ConllFormat.TwoColumn,
                _ => throw new CorpusFormatException(path, lineNumber, $"{columns.Length} columns; expected 2 (token label) or 5 (token doc start end label)"),
            };
            format ??= lineFormat;
            if (lineFormat != format)
                throw new CorpusFormatException(path, lineNumber, $"{columns.Length} columns, but the file started with {(format == ConllFormat.NeuroNer ? 5 : 2)}");
            if (tokens.Count == 0) sentenceLine = lineNumber;

            if (format == ConllFormat.TwoColumn)
            {
                tokens.Add(new Token(columns[0], -1, -1));
                tags.Add(columns[1]);
                continue;
            }
            if (!int.TryParse(columns[2], NumberStyles.None, CultureInfo.InvariantCulture, out var start) ||
                !int.TryParse(columns[3], NumberStyles.None, CultureInfo.InvariantCulture, out var end) || end < start)
                throw new CorpusFormatException(path, lineNumber, $"'{columns[2]} {columns[3]}' is not a START END offset pair");
            if (tokens.Count > 0 && columns[1] != document)
                throw new CorpusFormatException(path, lineNumber, $"document '{columns[1]}' inside a sentence of document '{document}' (missing blank line?)");
            document = columns[1];
            tokens.Add(new Token(columns[0], start, end));
            tags.Add(columns[4]);
        }
        Flush();
        if (sentences.Count == 0) throw new CorpusFormatException(path, 0, "no sentences (empty file?)");
        return new ConllFile(path, format!.Value, sentences.ToImmutable(), firstLines.ToImmutable());

        void Flush()
        {
            if (tokens.Count == 0) return;
            var sentenceTokens = tokens.ToImmutable();
            var hasOffsets = sentenceTokens[0].HasOffsets;
            sentences.Add(new Sentence(hasOffsets ? document : "", hasOffsets ? sentenceTokens[0].Start : -1,
                hasOffsets ? sentenceTokens[^1].End : -1, sentenceTokens, tags.ToImmutable()));
            firstLines.Add(sentenceLine);
            tokens.Clear();
            tags.Clear();
        }
    }
}
