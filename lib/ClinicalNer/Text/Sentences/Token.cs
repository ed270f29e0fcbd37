using ClinicalNer.Text.Bio;

namespace ClinicalNer.Text.Sentences;

/// <summary>
/// A word of a sentence with its half-open code-point range [<see cref="Start"/>, <see cref="End"/>) in the note.
/// Offsets are -1 when the source carries none (a 2-column CoNLL file).
/// </summary>
public readonly record struct Token(string Text, int Start, int End)
{
    /// <summary>True when the token knows where it stands in its note.</summary>
    public bool HasOffsets => Start >= 0;
}
