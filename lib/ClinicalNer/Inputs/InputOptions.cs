using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Inputs;

/// <summary>How words become model inputs: sub-token labelling, sequence length, long sentences and special tokens.</summary>
public sealed record InputOptions
{
    /// <summary>The paper's maximum sequence length (sub-tokens).</summary>
    public const int PaperMaxLength = 180;

    /// <summary>Which sub-tokens carry a label (the paper: all of them).</summary>
    public SubtokenLabelling Labelling { get; init; } = SubtokenLabelling.AllSubtokens;

    /// <summary>Most positions in one model input, special tokens included.</summary>
    public int MaxLength { get; init; } = PaperMaxLength;

    /// <summary>What to do with longer sentences.</summary>
    public LongSentencePolicy LongSentences { get; init; } = LongSentencePolicy.Window;

    /// <summary>Wrap each input in <c>[CLS]</c> ... <c>[SEP]</c> (pre-trained BERT models expect them; the paper added none).</summary>
    public bool SpecialTokens { get; init; }

    /// <summary>Lower-case before WordPiece (uncased vocabularies).</summary>
    public bool LowerCase { get; init; }

    /// <summary>Give the model the characters of each position's word (for encoders with a character CNN).</summary>
    public bool WordCharacters { get; init; }

    /// <summary>Positions left for sub-tokens once special tokens are placed.</summary>
    public int ContentLength => MaxLength - (SpecialTokens ? 2 : 0);

    /// <summary>Checks the length leaves room for content.</summary>
    /// <exception cref="ArgumentException">Too short a maximum length.</exception>
    public void Validate()
    {
        if (ContentLength < 2) throw new ArgumentException($"--max-len {MaxLength} leaves fewer than 2 positions for sub-tokens");
    }
}
