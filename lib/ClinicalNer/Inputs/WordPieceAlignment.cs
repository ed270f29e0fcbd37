using System.Collections.Immutable;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Text.WordPiece;
using Microsoft.ML.Tokenizers;

namespace ClinicalNer.Inputs;

/// <summary>
/// Expands a sentence's words into WordPiece sub-tokens with a BERT tokenizer built from a <c>vocab.txt</c>, labelling
/// them as the paper's notebooks do (<c>tokenize_and_align_labels</c>): the first piece takes the word's label, and
/// continuation pieces of a <c>B-X</c> word become <c>I-X</c> while those of <c>I-X</c> and <c>O</c> words keep it.
/// Words are tokenized one by one (Hugging Face's <c>is_split_into_words</c>), so a word split by BERT's basic
/// tokenizer at punctuation ("mg/day") still maps every piece to that word.
/// </summary>
public sealed class WordPieceAlignment
{
    readonly BertTokenizer _tokenizer;

    WordPieceAlignment(BertTokenizer tokenizer) => _tokenizer = tokenizer;

    /// <summary>A tokenizer from a WordPiece vocabulary file (one token per line, id = line index).</summary>
    /// <param name="vocabularyPath">The <c>vocab.txt</c>.</param>
    /// <param name="lowerCase">Lower-case before tokenizing (uncased models); the paper's models are cased.</param>
    /// <exception cref="InvalidDataException">The file is no WordPiece vocabulary, or not a readable file; the message names it.</exception>
    public static WordPieceAlignment FromVocabulary(string vocabularyPath, bool lowerCase = false) =>
        BertTokenizerFactory.ReadVocabulary(vocabularyPath, stream => FromVocabulary(stream, lowerCase));

    /// <summary>An alignment over an existing tokenizer (one from <see cref="BertTokenizerFactory"/>).</summary>
    public static WordPieceAlignment FromTokenizer(BertTokenizer tokenizer) => new(tokenizer);

    /// <summary>A tokenizer from a WordPiece vocabulary stream.</summary>
    public static WordPieceAlignment FromVocabulary(Stream vocabulary, bool lowerCase = false) =>
        new(BertTokenizer.Create(vocabulary, Options(lowerCase)));

    /// <summary>The label of a continuation piece of a word labelled <paramref name="wordLabel"/>.</summary>
    public static string ContinuationLabel(string wordLabel) =>
        wordLabel.StartsWith("B-", StringComparison.Ordinal) ? string.Concat("I-", wordLabel.AsSpan(2)) : wordLabel;

    /// <summary>
    /// The sub-tokens of <paramref name="sentence"/>. A word the tokenizer reduces to nothing (only characters BERT
    /// drops) becomes the unknown token, so that no word and no label is lost.
    /// </summary>
    public AlignedSentence Align(Sentence sentence, SubtokenLabelling labelling = SubtokenLabelling.AllSubtokens)
    {
        bool tagged = sentence.IsTagged;
        var subtokens = ImmutableArray.CreateBuilder<string>();
        var ids = ImmutableArray.CreateBuilder<int>();
        var words = ImmutableArray.CreateBuilder<int>();
        var labels = ImmutableArray.CreateBuilder<string>();
        var scored = ImmutableArray.CreateBuilder<bool>();
        for (int w = 0; w < sentence.Tokens.Length; w++)
        {
            var pieces = _tokenizer.EncodeToTokens(sentence.Tokens[w].Text, out _);
            int count = Math.Max(pieces.Count, 1);
            for (int k = 0; k < count; k++)
            {
                if (pieces.Count == 0)
                {
                    subtokens.Add(_tokenizer.UnknownToken);
                    ids.Add(_tokenizer.UnknownTokenId);
                }
                else
                {
                    subtokens.Add(pieces[k].Value);
                    ids.Add(pieces[k].Id);
                }
                words.Add(w);
                if (tagged)
                {
                    string label = sentence.Tags[w];
                    labels.Add(k == 0 ? label : ContinuationLabel(label));
                }
                scored.Add(k == 0 || labelling == SubtokenLabelling.AllSubtokens);
            }
        }
        return new AlignedSentence(subtokens.ToImmutable(), ids.ToImmutable(), words.ToImmutable(),
                                   labels.ToImmutable(), scored.ToImmutable());
    }

    static BertOptions Options(bool lowerCase) => new() { LowerCaseBeforeTokenization = lowerCase };
}
