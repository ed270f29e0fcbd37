using System.Collections.Immutable;

namespace ClinicalNer.Corpus;

/// <summary>
/// One note: its text exactly as stored (no newline translation, no BOM) and its annotations.
/// All offsets in the model are Unicode code points (see <see cref="CodePoints"/>).
/// </summary>
public sealed record Document(
    string Id,
    string Text,
    ImmutableArray<Entity> Entities,
    ImmutableArray<Relation> Relations,
    ImmutableArray<Annotation> OtherAnnotations)
{
    CodePointIndex? _codePoints;

    /// <summary>Creates a document with entities only.</summary>
    public Document(string id, string text, ImmutableArray<Entity> entities)
        : this(id, text, entities, [], []) { }

    /// <summary>Maps code-point offsets to UTF-16 indices of <see cref="Text"/> and back.</summary>
    public CodePointIndex CodePoints => _codePoints ??= new CodePointIndex(Text);

    /// <summary>The text of the code-point range [start, end).</summary>
    public string Slice(int start, int end) => CodePoints.Slice(start, end);

    /// <summary>Value equality that compares the annotation lists element-wise.</summary>
    public bool Equals(Document? other) =>
        other is not null && Id == other.Id && Text == other.Text &&
        Entities.SequenceEqual(other.Entities) && Relations.SequenceEqual(other.Relations) &&
        OtherAnnotations.SequenceEqual(other.OtherAnnotations);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Text.Length, Entities.Length);
}
