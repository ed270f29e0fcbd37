using System.Collections.Immutable;
using System.Text;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;
using Microsoft.ML.Tokenizers;

namespace ClinicalNer.Text.WordPiece;

/// <summary>
/// Learns a WordPiece vocabulary from a training corpus, the way the Hugging Face <c>tokenizers</c> library's
/// <c>WordPieceTrainer</c> does: that trainer is its BPE trainer with a <c>##</c> continuation prefix
/// (<c>tokenizers/src/models/wordpiece/trainer.rs</c> wraps <c>models/bpe/trainer.rs</c>), so each step merges
/// the adjacent pair of pieces seen most often in the corpus (plain BPE counts, not the likelihood score of
/// Google's unpublished WordPiece learner).
/// </summary>
/// <remarks>
/// <para>Words come from BERT's splitting (<see cref="BertTokenizerFactory.Normalizer"/> then
/// <see cref="BertPreTokenizer"/>), exactly as the tokenizer of <see cref="WordPieceVocabulary.CreateTokenizer"/>
/// will split them. The vocabulary is the special tokens, then every kept character alone and as a <c>##</c>
/// continuation (both ordinal order, so any word of known characters can be spelled), then one token per merge.</para>
/// <para>Differences from Hugging Face, for determinism and coverage: ties between equally frequent pairs go to
/// the ordinally smaller (left, right) pair (Hugging Face orders them by internal ids that depend on hash-map
/// order); every character gets its <c>##</c> form, not only those seen inside a word; words holding a character
/// left out by the alphabet limit are not learned from, since the tokenizer maps them whole to <c>[UNK]</c>
/// (Hugging Face learns from the rest of such a word).</para>
/// </remarks>
public static class WordPieceTrainer
{
    /// <summary>Marks a piece that continues a word rather than starting it.</summary>
    public const string ContinuingSubwordPrefix = "##";

    /// <summary>Learns a vocabulary from the words of <paramref name="texts"/> (sentences, notes or single words).</summary>
    public static WordPieceVocabulary Train(IEnumerable<string> texts, WordPieceTrainerOptions? options = null)
    {
        options ??= WordPieceTrainerOptions.Default;
        options.Validate();
        return Learn(CountWords(texts, options.LowerCase), options);
    }

    /// <summary>How often each word occurs, the words split as the BERT tokenizer splits them.</summary>
    internal static Dictionary<string, long> CountWords(IEnumerable<string> texts, bool lowerCase)
    {
        var normalizer = BertTokenizerFactory.Normalizer(lowerCase);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var text in texts)
        {
            var normalized = normalizer.Normalize(text);
            foreach (var (offset, length) in BertPreTokenizer.Instance.PreTokenize(normalized))
            {
                var word = normalized.AsSpan(offset, length);
                lookup[word] = lookup.TryGetValue(word, out long n) ? n + 1 : 1;
            }
        }
        return counts;
    }

    /// <summary>Runs the merges over counted words.</summary>
    internal static WordPieceVocabulary Learn(IReadOnlyDictionary<string, long> wordCounts, WordPieceTrainerOptions options)
    {
        var (alphabet, leftOut) = Alphabet(wordCounts, options.AlphabetLimit);
        var state = new BpeMerger(BertTokenizerFactory.SpecialTokens, ContinuingSubwordPrefix);
        foreach (var c in alphabet) state.Intern(c);
        foreach (var c in alphabet) state.Intern(ContinuingSubwordPrefix + c);

        int maxChars = new WordPieceOptions().MaxInputCharsPerWord, unknown = 0;
        var leftOutSet = leftOut.ToHashSet(StringComparer.Ordinal);
        foreach (var (word, count) in wordCounts)
        {
            var pieces = word.Length > maxChars ? null : state.Spell(word, leftOutSet);
            if (pieces is null) unknown++;
            else state.AddWord(pieces, count);
        }

        var merges = state.Merge(options.VocabSize, options.MinFrequency);
        return new WordPieceVocabulary
        {
            Tokens = [.. state.Tokens],
            LowerCase = options.LowerCase,
            Merges = merges,
            LeftOutCharacters = leftOut,
            WordTypes = wordCounts.Count,
            UnknownWordTypes = unknown,
        };
    }

    /// <summary>The kept characters (ordinal order) and those left out by the limit, the rarest first to go.</summary>
    static (ImmutableArray<string> Kept, ImmutableArray<string> LeftOut) Alphabet(IReadOnlyDictionary<string, long> wordCounts, int? limit)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (word, count) in wordCounts)
            foreach (var rune in word.EnumerateRunes())
            {
                var c = rune.ToString();
                counts[c] = counts.GetValueOrDefault(c) + count;
            }
        var byFrequency = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToArray();
        int keep = Math.Min(limit ?? int.MaxValue, byFrequency.Length);
        return ([.. byFrequency[..keep].Order(StringComparer.Ordinal)], [.. byFrequency[keep..].Order(StringComparer.Ordinal)]);
    }
}
