using ClinicalNer.Text.Bio;

namespace ClinicalNer.Text.Sentences;

/// <summary>A half-open range [<see cref="Start"/>, <see cref="End"/>) of UTF-16 indices in a .NET string.</summary>
internal readonly record struct TextRange(int Start, int End)
{
    /// <summary>Number of UTF-16 units covered.</summary>
    public int Length => End - Start;
}
