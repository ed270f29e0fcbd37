namespace ClinicalNer.Inputs;

/// <summary>
/// A sentence as WordPiece sub-tokens ready for a model: vocabulary ids, label ids (-1 where the sentence is untagged),
/// which labels count, and the word each sub-token came from.
/// </summary>
/// <param name="Pieces">[sub-token] its text (continuations with <c>##</c>).</param>
/// <param name="Ids">[sub-token] vocabulary id.</param>
/// <param name="LabelIds">[sub-token] label id, -1 when unknown.</param>
/// <param name="Scored">[sub-token] true when its label is trained on and predicted.</param>
/// <param name="WordIndices">[sub-token] index of its word in the sentence.</param>
/// <param name="Tags">[sub-token] gold label text (empty when the sentence is untagged).</param>
/// <param name="Words">[word] the sentence's words, for encoders that read characters.</param>
public sealed record SubtokenSequence(string[] Pieces, int[] Ids, int[] LabelIds, bool[] Scored, int[] WordIndices, string[] Tags, string[] Words)
{
    /// <summary>Number of sub-tokens.</summary>
    public int Length => Ids.Length;

    /// <summary>True when sub-token <paramref name="k"/> is its word's first piece.</summary>
    public bool IsWordStart(int k) => k == 0 || WordIndices[k - 1] != WordIndices[k];
}
