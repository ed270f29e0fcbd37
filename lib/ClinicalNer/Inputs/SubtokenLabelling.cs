namespace ClinicalNer.Inputs;

/// <summary>Which sub-tokens of a word carry a label that counts (in training loss and in sub-token scores).</summary>
public enum SubtokenLabelling
{
    /// <summary>Every sub-token counts, as in the paper: continuations of a <c>B-X</c> word become <c>I-X</c>.</summary>
    AllSubtokens,

    /// <summary>Only each word's first sub-token counts; the others are masked (Hugging Face's label -100 convention).</summary>
    FirstSubtokenOnly,
}
