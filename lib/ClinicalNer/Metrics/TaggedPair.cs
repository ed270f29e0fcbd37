using System.Collections.Immutable;
using ClinicalNer.Corpus;
using ClinicalNer.Inputs;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Conll;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Metrics;

/// <summary>
/// A gold and a predicted tagging of the same tokens, checked for alignment and interned once into int label ids,
/// so that every unit scores flat int arrays. Tags must be IOB (<c>O</c>, <c>B-TYPE</c>, <c>I-TYPE</c>); an invalid
/// <em>sequence</em> (an <c>I-X</c> after <c>O</c>) is allowed, since the entity units differ exactly in how they
/// treat it.
/// </summary>
public sealed class TaggedPair
{
    readonly int[]? _goldLines, _predictedLines; // [token] -> 1-based line in its file, when read from files

    TaggedPair(LabelVocabulary labels, int[] gold, int[] predicted, int[] sentenceStarts, bool[]? wordStarts,
               ImmutableArray<string> documentIds, int[] sentenceDocuments, string goldSource, string predictedSource,
               int[]? goldLines, int[]? predictedLines, string[]? tokenTexts)
    {
        Labels = labels;
        Gold = gold;
        Predicted = predicted;
        SentenceStarts = sentenceStarts;
        WordStarts = wordStarts;
        DocumentIds = documentIds;
        SentenceDocuments = sentenceDocuments;
        GoldSource = goldSource;
        PredictedSource = predictedSource;
        _goldLines = goldLines;
        _predictedLines = predictedLines;
        TokenTexts = tokenTexts;
        ValidateTags();
    }

    /// <summary>The label vocabulary both taggings are interned in.</summary>
    public LabelVocabulary Labels { get; }

    /// <summary>Where the gold tagging came from (a path, or a name given by the caller).</summary>
    public string GoldSource { get; }

    /// <summary>Where the predicted tagging came from.</summary>
    public string PredictedSource { get; }

    /// <summary>Number of tokens (sub-tokens after a WordPiece expansion).</summary>
    public int TokenCount => Gold.Length;

    /// <summary>Number of sentences.</summary>
    public int SentenceCount => SentenceStarts.Length - 1;

    /// <summary>Distinct document ids in order of first appearance ("" when the source names none).</summary>
    public ImmutableArray<string> DocumentIds { get; }

    internal int[] Gold { get; }                // [token] -> label id
    internal int[] Predicted { get; }           // [token] -> label id
    internal int[] SentenceStarts { get; }      // [sentence + 1] -> first token; last entry = TokenCount
    internal bool[]? WordStarts { get; }        // [token] -> first sub-token of its word; null when every token is a word
    internal int[] SentenceDocuments { get; }   // [sentence] -> index into DocumentIds
    internal string[]? TokenTexts { get; }      // [token] -> its text (a sub-token's after expansion); null when built from ids

    /// <summary>
    /// Pairs two taggings given as label ids (a model's output). Sentence <c>i</c> covers tokens
    /// <c>sentenceStarts[i] .. sentenceStarts[i + 1]</c>; <paramref name="wordStarts"/> marks each word's first
    /// sub-token (null when every token is a word).
    /// </summary>
    /// <exception cref="ArgumentException">Lengths differ, the sentence starts are not increasing from 0 to the token count, or an id is outside the vocabulary.</exception>
    /// <exception cref="CorpusFormatException">A label is not IOB.</exception>
    public static TaggedPair FromIds(LabelVocabulary labels, int[] gold, int[] predicted, int[] sentenceStarts, bool[]? wordStarts = null)
    {
        if (gold.Length != predicted.Length)
            throw new ArgumentException($"{gold.Length} gold labels but {predicted.Length} predicted ones", nameof(predicted));
        if (gold.Length == 0) throw new ArgumentException("nothing to score: no tokens", nameof(gold));
        if (wordStarts is not null && (wordStarts.Length != gold.Length || !wordStarts[0]))
            throw new ArgumentException("word starts must have one entry per token and start with true", nameof(wordStarts));
        if (sentenceStarts.Length < 2 || sentenceStarts[0] != 0 || sentenceStarts[^1] != gold.Length)
            throw new ArgumentException($"sentence starts must run from 0 to {gold.Length}", nameof(sentenceStarts));
        for (int s = 1; s < sentenceStarts.Length; s++)
            if (sentenceStarts[s] <= sentenceStarts[s - 1])
                throw new ArgumentException($"sentence {s} is empty or the starts decrease", nameof(sentenceStarts));
        foreach (var ids in (ReadOnlySpan<int[]>)[gold, predicted])
            foreach (int id in ids)
                if ((uint)id >= (uint)labels.Count)
                    throw new ArgumentException($"label id {id} is outside the vocabulary (0..{labels.Count - 1})", nameof(gold));
        // Copies, so that the caller's later writes cannot change a pair that was checked.
        return new TaggedPair(labels, [.. gold], [.. predicted], [.. sentenceStarts], wordStarts is null ? null : [.. wordStarts],
                              [""], new int[sentenceStarts.Length - 1], "gold", "predicted", null, null, null);
    }

    /// <summary>
    /// Pairs gold and predicted sentences (each line one unit as given), checking that they hold the same tokens.
    /// With <paramref name="wordPieces"/>, both sides are first expanded into WordPiece sub-tokens with the paper's
    /// rule (continuations of a <c>B-X</c> word become <c>I-X</c>), and the word unit scores first sub-tokens.
    /// </summary>
    /// <param name="gold">The gold sentences.</param>
    /// <param name="predicted">The predicted sentences, same tokens in the same order.</param>
    /// <param name="goldSource">File (or name) of the gold sentences, for error messages.</param>
    /// <param name="predictedSource">File (or name) of the predicted sentences.</param>
    /// <param name="goldLines">1-based line of each gold sentence's first token, when read from a file.</param>
    /// <param name="predictedLines">Same for the predicted file.</param>
    /// <param name="wordPieces">Expands words into sub-tokens, or null to score the tokens as given.</param>
    /// <exception cref="CorpusFormatException">A file is empty, the files are misaligned, or a tag is not IOB (names file and line).</exception>
    public static TaggedPair FromSentences(
        IReadOnlyList<Sentence> gold, IReadOnlyList<Sentence> predicted,
        string goldSource = "gold", string predictedSource = "predicted",
        IReadOnlyList<int>? goldLines = null, IReadOnlyList<int>? predictedLines = null,
        WordPieceAlignment? wordPieces = null)
    {
        var goldSide = new Side(gold, goldSource, goldLines);
        var predictedSide = new Side(predicted, predictedSource, predictedLines);
        CheckAligned(goldSide, predictedSide);

        var labels = new LabelVocabulary();
        var documents = new List<string>();
        var documentIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var goldIds = new List<int>();
        var predictedIds = new List<int>();
        var texts = new List<string>();
        var goldTokenLines = new List<int>();
        var predictedTokenLines = new List<int>();
        var wordStarts = wordPieces is null ? null : new List<bool>();
        var sentenceStarts = new List<int>(gold.Count + 1) { 0 };
        var sentenceDocuments = new int[gold.Count];
        for (int s = 0; s < gold.Count; s++)
        {
            string document = gold[s].DocumentId;
            if (!documentIndex.TryGetValue(document, out int d))
            {
                d = documents.Count;
                documentIndex.Add(document, d);
                documents.Add(document);
            }
            sentenceDocuments[s] = d;
            if (wordPieces is null)
            {
                AppendTokens(gold[s].Tags, labels, goldIds);
                AppendTokens(predicted[s].Tags, labels, predictedIds);
                for (int t = 0; t < gold[s].Tokens.Length; t++)
                {
                    texts.Add(gold[s].Tokens[t].Text);
                    goldTokenLines.Add(goldSide.Line(s, t));
                    predictedTokenLines.Add(predictedSide.Line(s, t));
                }
            }
            else
            {
                var goldPieces = wordPieces.Align(gold[s]);
                var predictedPieces = wordPieces.Align(predicted[s]);
                AppendTokens(goldPieces.Tags, labels, goldIds);
                AppendTokens(predictedPieces.Tags, labels, predictedIds);
                for (int k = 0; k < goldPieces.WordIndices.Length; k++)
                {
                    int word = goldPieces.WordIndices[k];
                    texts.Add(goldPieces.Subtokens[k]);
                    goldTokenLines.Add(goldSide.Line(s, word));
                    predictedTokenLines.Add(predictedSide.Line(s, word));
                    wordStarts!.Add(k == 0 || goldPieces.WordIndices[k - 1] != word);
                }
            }
            sentenceStarts.Add(goldIds.Count);
        }
        return new TaggedPair(labels, [.. goldIds], [.. predictedIds], [.. sentenceStarts], wordStarts?.ToArray(),
                              [.. documents], sentenceDocuments, goldSource, predictedSource,
                              goldLines is null ? null : [.. goldTokenLines],
                              predictedLines is null ? null : [.. predictedTokenLines], [.. texts]);
    }

    /// <summary>
    /// Pairs a gold and a predicted CoNLL file (see <see cref="FromSentences"/>); errors name the files and lines.
    /// </summary>
    /// <exception cref="CorpusFormatException">The files are misaligned or a tag is not IOB.</exception>
    public static TaggedPair FromConll(ConllFile gold, ConllFile predicted, WordPieceAlignment? wordPieces = null) =>
        FromSentences(gold.Sentences, predicted.Sentences, gold.Path, predicted.Path, gold.SentenceLines, predicted.SentenceLines, wordPieces);

    /// <summary>A located error about a token of the gold (or predicted) side.</summary>
    internal CorpusFormatException Error(bool predicted, int token, string reason)
    {
        var lines = predicted ? _predictedLines : _goldLines;
        string source = predicted ? PredictedSource : GoldSource;
        return lines is null
            ? new CorpusFormatException(source, 0, $"token {token + 1}: {reason}")
            : new CorpusFormatException(source, lines[token], reason);
    }

    /// <summary>Where a gold token stands, for listings: <c>FILE:LINE</c>, or the sentence number when lines are unknown.</summary>
    internal string GoldPosition(int token) =>
        _goldLines is null ? $"{GoldSource} sentence {SentenceOf(token) + 1}" : $"{GoldSource}:{_goldLines[token]}";

    /// <summary>The sentence that holds <paramref name="token"/>.</summary>
    internal int SentenceOf(int token)
    {
        int i = Array.BinarySearch(SentenceStarts, token);
        return i >= 0 ? i : ~i - 1;
    }

    static void AppendTokens(ImmutableArray<string> tags, LabelVocabulary labels, List<int> ids)
    {
        foreach (string tag in tags) ids.Add(labels.Intern(tag));
    }

    static void CheckAligned(Side gold, Side predicted)
    {
        if (gold.Sentences.Count == 0) throw new CorpusFormatException(gold.Source, 0, "no sentences: nothing to score");
        if (predicted.Sentences.Count == 0) throw new CorpusFormatException(predicted.Source, 0, "no sentences: nothing to score");
        int shared = Math.Min(gold.Sentences.Count, predicted.Sentences.Count);
        for (int s = 0; s < shared; s++)
        {
            var g = gold.Sentences[s];
            var p = predicted.Sentences[s];
            gold.CheckTagged(s);
            predicted.CheckTagged(s);
            if (g.Tokens.Length != p.Tokens.Length)
                throw new CorpusFormatException(predicted.Source, predicted.Line(s, 0),
                    $"sentence {s + 1} has {p.Tokens.Length} tokens but in {gold.Source}:{gold.Line(s, 0)} it has {g.Tokens.Length}");
            for (int t = 0; t < g.Tokens.Length; t++)
                if (g.Tokens[t].Text != p.Tokens[t].Text)
                    throw new CorpusFormatException(predicted.Source, predicted.Line(s, t),
                        $"misaligned: token '{p.Tokens[t].Text}' where {gold.Source}:{gold.Line(s, t)} has '{g.Tokens[t].Text}'");
        }
        if (gold.Sentences.Count != predicted.Sentences.Count)
        {
            var (longer, shorter) = gold.Sentences.Count > predicted.Sentences.Count ? (gold, predicted) : (predicted, gold);
            throw new CorpusFormatException(longer.Source, longer.Line(shared, 0),
                $"{longer.Sentences.Count} sentences but {shorter.Source} has {shorter.Sentences.Count}: sentence {shared + 1} has no counterpart");
        }
    }

    void ValidateTags()
    {
        // Each distinct label is checked once; its first use locates the error.
        var checkedIds = new bool[Labels.Count];
        foreach (bool predicted in (ReadOnlySpan<bool>)[false, true])
        {
            var ids = predicted ? Predicted : Gold;
            for (int t = 0; t < ids.Length; t++)
            {
                if (checkedIds[ids[t]]) continue;
                checkedIds[ids[t]] = true;
                if (IobTag.Problem(Labels[ids[t]]) is { } problem)
                    throw Error(predicted, t, problem);
            }
        }
    }

    /// <summary>One side of the pair with its source, for locating errors.</summary>
    sealed record Side(IReadOnlyList<Sentence> Sentences, string Source, IReadOnlyList<int>? Lines)
    {
        public int Line(int sentence, int token) => Lines is null ? 0 : Lines[sentence] + token;

        public void CheckTagged(int s)
        {
            var sentence = Sentences[s];
            if (sentence.Tokens.Length == 0)
                throw new CorpusFormatException(Source, Line(s, 0), $"sentence {s + 1} is empty");
            if (sentence.Tags.Length != sentence.Tokens.Length)
                throw new CorpusFormatException(Source, Line(s, 0),
                    $"sentence {s + 1} has {sentence.Tags.Length} tags for {sentence.Tokens.Length} tokens");
        }
    }
}
