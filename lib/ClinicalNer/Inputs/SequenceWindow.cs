using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Inputs;

/// <summary>
/// One model input cut from a sentence's sub-tokens: positions [<see cref="Start"/>, <see cref="Start"/> +
/// <see cref="Length"/>), of which [<see cref="OwnedStart"/>, <see cref="OwnedEnd"/>) take their prediction from it.
/// </summary>
/// <param name="Sentence">Index of the sentence in its list.</param>
/// <param name="Start">First sub-token of the window.</param>
/// <param name="Length">Sub-tokens in the window (special tokens not counted).</param>
/// <param name="OwnedStart">First sub-token predicted from this window.</param>
/// <param name="OwnedEnd">End (exclusive) of the sub-tokens predicted from this window.</param>
public readonly record struct SequenceWindow(int Sentence, int Start, int Length, int OwnedStart, int OwnedEnd);
