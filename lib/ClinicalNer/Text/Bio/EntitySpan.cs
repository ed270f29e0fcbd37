using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.Bio;

/// <summary>A typed contiguous span [<see cref="Start"/>, <see cref="End"/>) of a note, in code points: what BIO tags can express.</summary>
public readonly record struct EntitySpan(string Type, int Start, int End);
