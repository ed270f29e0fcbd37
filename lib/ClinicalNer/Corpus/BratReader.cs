using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using ClinicalNer.Runtime;

namespace ClinicalNer.Corpus;

/// <summary>
/// Reads brat standoff pairs (<c>ID.txt</c> + <c>ID.ann</c>). Text-bound <c>T</c> lines become
/// <see cref="Entity"/>s (discontinuous fragments included) whose text field is checked against the note,
/// <c>R</c> lines become <see cref="Relation"/>s, attribute, note, event, equivalence and normalization lines
/// are kept verbatim, and anything else is an error. Offsets are code points; a UTF-8 BOM is not part of the
/// text and line ends are kept as stored. Every error names file, line and, where one is at fault, offset.
/// </summary>
public static class BratReader
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Kinds of line kept verbatim: attributes, modifiers, notes, events, equivalences, normalizations.</summary>
    const string VerbatimKinds = "AM#E*N";

    /// <summary>Reads every <c>.txt</c>/<c>.ann</c> pair of <paramref name="directory"/>, in ordinal file-name order.</summary>
    public static BratFolder ReadFolder(string directory, BratReaderOptions? options = null)
    {
        var texts = InputFile.List(directory, "*.txt");
        foreach (var ann in InputFile.List(directory, "*.ann"))
            if (!File.Exists(Path.ChangeExtension(ann, ".txt")))
                throw new CorpusFormatException(ann, 0, $"no note text {Path.GetFileName(Path.ChangeExtension(ann, ".txt"))} beside it");
        if (texts.Length == 0) throw new CorpusFormatException(directory, 0, "no .txt notes in this folder");

        // Errors are collected rather than thrown on the worker threads, so that the caller gets the error of the
        // first bad file in name order (not whichever a thread met first, wrapped in an AggregateException).
        var results = texts.AsParallel().AsOrdered().Select(t =>
        {
            var skipped = new List<SkippedLine>();
            try
            {
                return (Document: ReadDocument(t, options, skipped), Skipped: skipped, Error: (ExceptionDispatchInfo?)null);
            }
            catch (Exception e)
            {
                return (Document: null!, Skipped: skipped, Error: ExceptionDispatchInfo.Capture(e));
            }
        }).ToArray();
        foreach (var r in results) r.Error?.Throw();
        return new BratFolder(directory,
            [.. results.Select(r => r.Document)],
            [.. results.SelectMany(r => r.Skipped)]);
    }

    /// <summary>
    /// Reads one note (<paramref name="txtPath"/>) and its <c>.ann</c> beside it. In lenient mode bad lines are
    /// added to <paramref name="skipped"/> instead of failing (without a collector a lenient read stays strict,
    /// so nothing can be dropped unseen).
    /// </summary>
    public static Document ReadDocument(string txtPath, BratReaderOptions? options = null, ICollection<SkippedLine>? skipped = null)
    {
        var annPath = Path.ChangeExtension(txtPath, ".ann");
        if (!File.Exists(txtPath)) throw new FileNotFoundException($"{txtPath}: no such note", txtPath);
        if (!File.Exists(annPath)) throw new CorpusFormatException(annPath, 0, $"missing annotation file for {Path.GetFileName(txtPath)}");
        var text = ReadUtf8(txtPath);
        var ann = ReadUtf8(annPath);
        return Parse(Path.GetFileNameWithoutExtension(txtPath), text, ann, annPath, options ?? BratReaderOptions.Default, skipped);
    }

    /// <summary>Reads a UTF-8 file, dropping a leading BOM; invalid UTF-8 is an error naming the file.</summary>
    internal static string ReadUtf8(string path) => DecodeUtf8(path, InputFile.ReadAllBytes(path));

    /// <summary>Decodes the bytes of <paramref name="path"/> as strict UTF-8, dropping a leading BOM; invalid UTF-8 is an error naming the file and byte.</summary>
    internal static string DecodeUtf8(string path, byte[] bytes)
    {
        int skip = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException e)
        {
            throw new CorpusFormatException(path, 0, $"not valid UTF-8 at byte {skip + e.Index}");
        }
    }

    /// <summary>Parses the content of an .ann file against its note text.</summary>
    internal static Document Parse(string id, string text, string ann, string annPath, BratReaderOptions options, ICollection<SkippedLine>? skipped)
    {
        var codePoints = new CodePointIndex(text);
        var entities = ImmutableArray.CreateBuilder<Entity>();
        var relations = new List<(Relation Relation, int Line)>();
        var others = new List<(Annotation Annotation, int Line)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lines = ann.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].EndsWith('\r') ? lines[i][..^1] : lines[i];
            if (line.Length == 0) continue;
            try
            {
                var kind = line[0];
                var annotationId = line.Split('\t', 2)[0];
                // Equivalence lines (*) all share the id '*'.
                if (!ids.Add(annotationId) && kind != '*') throw Bad($"duplicate id {annotationId}");
                if (kind == 'T') entities.Add(ParseEntity(line, codePoints, options));
                else if (kind == 'R') relations.Add((ParseRelation(line), i + 1));
                else if (VerbatimKinds.Contains(kind)) others.Add((ParseVerbatim(line, kind), i + 1));
                else throw Bad($"unknown annotation kind '{kind}' (expected T, R, A, M, #, E, * or N)");
            }
            catch (LineError e)
            {
                var error = new CorpusFormatException(annPath, i + 1, e.Message, e.Offset);
                if (!options.Lenient || skipped is null) throw error;
                skipped.Add(new SkippedLine(annPath, i + 1, error.Reason + (e.Offset is { } o ? $" (offset {o})" : "")));
            }
        }

        var entityIds = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var kept = ImmutableArray.CreateBuilder<Relation>();
        foreach (var (relation, line) in relations)
        {
            var missing = new[] { relation.Arg1, relation.Arg2 }.FirstOrDefault(a => !entityIds.Contains(a));
            if (missing is null) { kept.Add(relation); continue; }
            var error = new CorpusFormatException(annPath, line, $"relation {relation.Id} refers to {missing}, which is no entity of this file");
            if (!options.Lenient || skipped is null) throw error;
            skipped.Add(new SkippedLine(annPath, line, error.Reason));
        }
        var keptOthers = ImmutableArray.CreateBuilder<Annotation>();
        foreach (var (annotation, line) in others)
        {
            var missing = References(annotation).FirstOrDefault(target => !ids.Contains(target));
            if (missing is null) { keptOthers.Add(annotation); continue; }
            var error = new CorpusFormatException(annPath, line, $"{annotation.Kind} line {annotation.Id} refers to {missing}, which is no annotation of this file");
            if (!options.Lenient || skipped is null) throw error;
            skipped.Add(new SkippedLine(annPath, line, error.Reason));
        }
        return new Document(id, text, entities.ToImmutable(), kept.ToImmutable(), keptOthers.ToImmutable());
    }

    /// <summary>
    /// The ids a kept-verbatim line points at: the target of an attribute, modifier, note or normalization
    /// (<c>A1\tNegated T1</c>, <c>#1\tAnnotatorNotes T1\t...</c>), every member of an equivalence
    /// (<c>*\tEquiv T1 T2</c>) and every argument of an event (<c>E1\tTreatment:T1 Drug:T2</c>).
    /// </summary>
    static IEnumerable<string> References(Annotation annotation)
    {
        var fields = annotation.Line.Split('\t');
        var parts = fields.Length > 1 ? fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        return annotation.Kind switch
        {
            "*" => parts.Skip(1),
            "E" => parts.Select(p => p[(p.IndexOf(':') + 1)..]),
            _ => parts.Skip(1).Take(1),
        };
    }

    static Entity ParseEntity(string line, CodePointIndex text, BratReaderOptions options)
    {
        var fields = line.Split('\t', 3);
        if (fields.Length < 3) throw Bad("a T line needs three tab-separated fields: ID, TYPE START END, text");
        var spaceAt = fields[1].IndexOf(' ');
        if (spaceAt <= 0) throw Bad($"'{fields[1]}' is not 'TYPE START END'");
        var type = fields[1][..spaceAt];
        if (!options.AllowedTypes.IsEmpty && !options.AllowedTypes.Contains(type))
            throw Bad($"entity type '{type}' is not one of {string.Join(", ", options.AllowedTypes)}");

        var fragments = ImmutableArray.CreateBuilder<Fragment>();
        foreach (var part in fields[1][(spaceAt + 1)..].Split(';'))
        {
            var bounds = part.Split(' ');
            if (bounds.Length != 2 || !TryOffset(bounds[0], out var start) || !TryOffset(bounds[1], out var end))
                throw Bad($"'{part}' is not a 'START END' pair of non-negative integers");
            if (end <= start) throw Bad($"empty or reversed range {start} {end}", start);
            if (end > text.Length) throw Bad($"range {start} {end} ends after the note's last character ({text.Length} code points)", end);
            if (fragments.Count > 0 && start < fragments[^1].End)
                throw Bad($"fragment {start} {end} starts before the previous fragment ends", start);
            fragments.Add(new Fragment(start, end));
        }

        var expected = string.Join(" ", fragments.Select(f => text.Slice(f.Start, f.End)));
        if (!SameText(expected, fields[2]))
            throw Bad($"text '{fields[2]}' does not match the note's '{expected}'", fragments[0].Start);
        return new Entity(fields[0], type, fragments.ToImmutable(), fields[2]);
    }

    /// <summary>
    /// brat's text field cannot hold line breaks, so a mention that spans one shows a space there; whitespace
    /// therefore matches any whitespace, everything else must be equal.
    /// </summary>
    static bool SameText(string note, string field)
    {
        if (note.Length != field.Length) return false;
        for (int i = 0; i < note.Length; i++)
            if (note[i] != field[i] && !(char.IsWhiteSpace(note[i]) && char.IsWhiteSpace(field[i]))) return false;
        return true;
    }

    static Relation ParseRelation(string line)
    {
        var fields = line.Split('\t');
        var parts = fields.Length >= 2 ? fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        if (parts.Length != 3) throw Bad("an R line needs 'ID<TAB>TYPE ROLE:ID ROLE:ID'");
        var (role1, arg1) = Argument(parts[1]);
        var (role2, arg2) = Argument(parts[2]);
        return new Relation(fields[0], parts[0], role1, arg1, role2, arg2);

        static (string Role, string Id) Argument(string part)
        {
            var colon = part.IndexOf(':');
            if (colon <= 0 || colon == part.Length - 1) throw Bad($"relation argument '{part}' is not ROLE:ID");
            return (part[..colon], part[(colon + 1)..]);
        }
    }

    static Annotation ParseVerbatim(string line, char kind)
    {
        var tab = line.IndexOf('\t');
        if (tab < (kind == '*' ? 1 : 2)) throw Bad(kind == '*' ? "a * line needs a tab after the *" : $"a {kind} line needs an id and a tab");
        return new Annotation(line[..tab], kind.ToString(), line);
    }

    static bool TryOffset(string s, out int value) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    static LineError Bad(string reason, int? offset = null) => new(reason, offset);

    /// <summary>A problem with one line, located by the caller.</summary>
    sealed class LineError(string message, int? offset) : Exception(message)
    {
        public int? Offset { get; } = offset;
    }
}
