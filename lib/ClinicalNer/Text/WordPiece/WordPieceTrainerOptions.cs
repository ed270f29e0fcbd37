using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.WordPiece;

/// <summary>Settings of <see cref="WordPieceTrainer"/>.</summary>
public sealed record WordPieceTrainerOptions
{
    /// <summary>
    /// Largest vocabulary, special tokens and alphabet included. Training stops earlier when no pair of pieces
    /// occurs <see cref="MinFrequency"/> times; the alphabet is kept whole even when it alone is larger.
    /// </summary>
    public int VocabSize { get; init; } = 8_000;

    /// <summary>A pair of pieces seen fewer times than this in the corpus is never merged.</summary>
    public int MinFrequency { get; init; } = 2;

    /// <summary>
    /// Most distinct characters kept, the most frequent first; the rarer ones are left out, so words holding
    /// them become <c>[UNK]</c>. Null keeps every character of the corpus.
    /// </summary>
    public int? AlphabetLimit { get; init; }

    /// <summary>Lower-case (and strip accents) before learning, as BERT's uncased models; cased by default.</summary>
    public bool LowerCase { get; init; }

    /// <summary>The defaults: 8,000 entries, pairs seen at least twice, every character, cased.</summary>
    public static WordPieceTrainerOptions Default { get; } = new();

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(VocabSize, 1, nameof(VocabSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinFrequency, 1, nameof(MinFrequency));
        if (AlphabetLimit is < 1)
            throw new ArgumentOutOfRangeException(nameof(AlphabetLimit), AlphabetLimit, "the alphabet must keep at least one character");
    }
}
