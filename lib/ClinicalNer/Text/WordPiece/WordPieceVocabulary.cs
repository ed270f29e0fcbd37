using System.Collections.Immutable;
using System.Text;
using ClinicalNer.Runtime;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;
using Microsoft.ML.Tokenizers;

namespace ClinicalNer.Text.WordPiece;

/// <summary>
/// A WordPiece vocabulary in BERT's conventions: <see cref="Tokens"/>[id] is the token of that id, special tokens
/// first, pieces that continue a word prefixed with <c>##</c>. Learned by <see cref="WordPieceTrainer"/>, which
/// also records how it got there.
/// </summary>
public sealed record WordPieceVocabulary
{
    /// <summary>The tokens, in id order (the lines of <c>vocab.txt</c>).</summary>
    public required ImmutableArray<string> Tokens { get; init; }

    /// <summary>True when the vocabulary was learned from lower-cased text (an uncased model).</summary>
    public bool LowerCase { get; init; }

    /// <summary>The merges in the order they were learned.</summary>
    public ImmutableArray<WordPieceMerge> Merges { get; init; } = [];

    /// <summary>Characters of the corpus left out by the alphabet limit (ordinal order); words holding them become <c>[UNK]</c>.</summary>
    public ImmutableArray<string> LeftOutCharacters { get; init; } = [];

    /// <summary>Distinct words of the corpus.</summary>
    public int WordTypes { get; init; }

    /// <summary>Distinct words that the vocabulary cannot spell (a left-out character, or too long) and that become <c>[UNK]</c>.</summary>
    public int UnknownWordTypes { get; init; }

    /// <summary>Writes the vocabulary as <c>vocab.txt</c>: one token a line, UTF-8 without BOM, replacing the file atomically.</summary>
    public void Write(string path)
    {
        var text = new StringBuilder();
        foreach (var token in Tokens) text.Append(token).Append('\n');
        AtomicFile.WriteAllText(path, text.ToString());
    }

    /// <summary>A Microsoft.ML.Tokenizers tokenizer that applies this vocabulary with the word splitting it was learned with.</summary>
    public BertTokenizer CreateTokenizer()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', Tokens)));
        return BertTokenizerFactory.FromStream(stream, LowerCase);
    }
}
