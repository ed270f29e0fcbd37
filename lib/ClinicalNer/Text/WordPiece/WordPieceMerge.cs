using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.WordPiece;

/// <summary>
/// One step of WordPiece learning: the adjacent pieces <see cref="Left"/> and <see cref="Right"/> became
/// <see cref="Merged"/>, the pair having been seen <see cref="Frequency"/> times in the corpus at that step.
/// </summary>
public readonly record struct WordPieceMerge(string Left, string Right, string Merged, long Frequency);
