using System.Text;
using ClinicalNer.Runtime;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;
using Microsoft.ML.Tokenizers;

namespace ClinicalNer.Text.WordPiece;

/// <summary>
/// Creates Microsoft.ML.Tokenizers <see cref="BertTokenizer"/>s over a WordPiece <c>vocab.txt</c> with the
/// workbench's BERT word splitting (<see cref="BertPreTokenizer"/>), so that a learned vocabulary and the
/// tokenizer that applies it see the same words.
/// </summary>
public static class BertTokenizerFactory
{
    /// <summary>The special tokens every vocabulary starts with, in BERT's order.</summary>
    public static IReadOnlyList<string> SpecialTokens { get; } = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"];

    /// <summary>A tokenizer over the <c>vocab.txt</c> at <paramref name="vocabPath"/>.</summary>
    /// <param name="vocabPath">One token a line; the line number is the token id.</param>
    /// <param name="lowerCase">Lower-case and strip accents first, as BERT's uncased models expect.</param>
    /// <exception cref="InvalidDataException">The file is no WordPiece vocabulary (for example it lacks a special token); the message names it.</exception>
    public static BertTokenizer FromFile(string vocabPath, bool lowerCase) => ReadVocabulary(vocabPath, stream => FromStream(stream, lowerCase));

    /// <summary>Builds a tokenizer with <paramref name="create"/> from the <c>vocab.txt</c> at <paramref name="vocabPath"/>, checked as an input file first.</summary>
    /// <exception cref="InvalidDataException">The file is no WordPiece vocabulary; the message names it.</exception>
    internal static T ReadVocabulary<T>(string vocabPath, Func<Stream, T> create)
    {
        using var stream = InputFile.OpenRead(vocabPath);
        try
        {
            return create(stream);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{vocabPath}: not a WordPiece vocabulary ({e.Message})", e);
        }
    }

    /// <summary>A tokenizer over a <c>vocab.txt</c> read from <paramref name="vocab"/>.</summary>
    /// <param name="vocab">One token a line; the line number is the token id.</param>
    /// <param name="lowerCase">Lower-case and strip accents first, as BERT's uncased models expect.</param>
    public static BertTokenizer FromStream(Stream vocab, bool lowerCase) =>
        BertTokenizer.Create(vocab, new BertOptions
        {
            LowerCaseBeforeTokenization = lowerCase,
            RemoveNonSpacingMarks = lowerCase,
            PreTokenizer = BertPreTokenizer.Instance,
        });

    /// <summary>
    /// The text normalizer such a tokenizer applies before splitting words. Microsoft.ML.Tokenizers keeps its BERT
    /// normalizer internal, so it is taken from a tokenizer over the special tokens alone.
    /// </summary>
    internal static Normalizer Normalizer(bool lowerCase)
    {
        using var vocab = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', SpecialTokens)));
        return FromStream(vocab, lowerCase).Normalizer!;
    }
}
