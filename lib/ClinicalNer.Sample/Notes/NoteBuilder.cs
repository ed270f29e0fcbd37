using System.Collections.Immutable;
using System.Text;
using ClinicalNer.Corpus;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Sample.Notes;

/// <summary>A mention added to a <see cref="NoteBuilder"/>, used to relate it to its drug.</summary>
internal readonly record struct Mention(int Index);

/// <summary>
/// Writes a note's text piece by piece while recording the entities, relations and sentence boundaries laid on it,
/// so that offsets are right by construction.
/// </summary>
internal sealed class NoteBuilder
{
    readonly StringBuilder _text = new();
    readonly List<(string Type, Fragment[] Utf16Fragments)> _entities = [];
    readonly List<(Mention Attribute, Mention Drug)> _relations = [];
    int _sentenceStart;
    int _entitiesAtSentenceStart;
    int _sentences;
    int _entityFreeSentences;

    /// <summary>Current end of the text (UTF-16 index).</summary>
    public int Position => _text.Length;

    public NoteBuilder Text(string text)
    {
        _text.Append(text);
        return this;
    }

    /// <summary>Appends <paramref name="text"/> as a mention of <paramref name="type"/>.</summary>
    public Mention Entity(string type, string text)
    {
        int start = Position;
        _text.Append(text);
        return Span(type, start, Position);
    }

    /// <summary>Lays a mention on text already written (nested or overlapping mentions).</summary>
    public Mention Span(string type, int start, int end) => Add(type, [new Fragment(start, end)]);

    /// <summary>Lays a discontinuous mention on text already written; fragments in text order.</summary>
    public Mention Discontinuous(string type, Fragment first, Fragment second) => Add(type, [first, second]);

    /// <summary>Adds the n2c2 relation <c>TYPE-Drug</c> from an attribute (or Reason/ADE) to its drug.</summary>
    public void Relate(Mention attribute, Mention drug)
    {
        if (_entities[drug.Index].Type != EntityTypes.Drug)
            throw new InvalidOperationException($"relation target is a {_entities[drug.Index].Type}, not a Drug");
        _relations.Add((attribute, drug));
    }

    /// <summary>Closes the current sentence (for the entity-free share the generator reports).</summary>
    public NoteBuilder EndSentence()
    {
        if (Position == _sentenceStart) throw new InvalidOperationException("empty sentence");
        _sentences++;
        if (_entities.Count == _entitiesAtSentenceStart) _entityFreeSentences++;
        _sentenceStart = Position;
        _entitiesAtSentenceStart = _entities.Count;
        return this;
    }

    /// <summary>Writes <paramref name="text"/> as one entity-free sentence.</summary>
    public NoteBuilder Sentence(string text) => Text(text).EndSentence();

    public GeneratedNote Build(string id)
    {
        string text = _text.ToString();
        if (_entities.Count != _entitiesAtSentenceStart || !string.IsNullOrWhiteSpace(text[_sentenceStart..]))
            throw new InvalidOperationException("note ends inside an unclosed sentence");
        var codePoints = new CodePointIndex(text);
        var entities = ImmutableArray.CreateBuilder<Entity>(_entities.Count);
        for (int i = 0; i < _entities.Count; i++)
        {
            var (type, utf16) = _entities[i];
            var fragments = utf16.Select(f => new Fragment(codePoints.ToCodePoint(f.Start), codePoints.ToCodePoint(f.End))).ToImmutableArray();
            string covered = string.Join(' ', utf16.Select(f => text[f.Start..f.End]));
            entities.Add(new Entity(EntityId(i), type, fragments, covered));
        }
        var relations = _relations
            .Select((r, i) => new Relation($"R{i + 1}", $"{_entities[r.Attribute.Index].Type}-Drug",
                                           "Arg1", EntityId(r.Attribute.Index), "Arg2", EntityId(r.Drug.Index)))
            .ToImmutableArray();
        return new GeneratedNote(new Document(id, text, entities.MoveToImmutable(), relations, []), _sentences, _entityFreeSentences);
    }

    static string EntityId(int index) => $"T{index + 1}";

    Mention Add(string type, Fragment[] fragments)
    {
        foreach (var f in fragments)
        {
            if (f.Start < _sentenceStart || f.End > Position || f.Length <= 0)
                throw new InvalidOperationException($"{type} fragment {f} outside the current sentence [{_sentenceStart}, {Position})");
            var covered = _text.ToString(f.Start, f.Length);
            if (covered.Contains('\n') || char.IsWhiteSpace(covered[0]) || char.IsWhiteSpace(covered[^1]))
                throw new InvalidOperationException($"{type} fragment '{covered}' crosses a line or has outer spaces");
        }
        _entities.Add((type, fragments));
        return new Mention(_entities.Count - 1);
    }
}
