using System.Collections.Immutable;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Text.WordPiece;
using Microsoft.ML.Tokenizers;

namespace ClinicalNer.Inputs;

/// <summary>
/// Turns sentences into model inputs: WordPiece sub-tokens with the paper's label alignment
/// (<see cref="WordPieceAlignment"/>), label ids, and windows no longer than the model's maximum length.
/// </summary>
public sealed class InputBuilder
{
    readonly WordPieceAlignment _alignment;
    readonly Dictionary<string, int> _labelIds;

    /// <summary>Creates an encoder over a tokenizer (from <see cref="BertTokenizerFactory"/>) and a label list.</summary>
    /// <param name="tokenizer">The WordPiece tokenizer of the model's vocabulary.</param>
    /// <param name="labels">The labels, in model output order.</param>
    /// <param name="options">Labelling, length and special-token choices.</param>
    public InputBuilder(BertTokenizer tokenizer, ImmutableArray<string> labels, InputOptions options)
    {
        options.Validate();
        _alignment = WordPieceAlignment.FromTokenizer(tokenizer);
        Labels = labels;
        Options = options;
        _labelIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < labels.Length; i++) _labelIds.Add(labels[i], i);
        PadId = tokenizer.PaddingTokenId;
        ClsId = tokenizer.ClassificationTokenId;
        SepId = tokenizer.SeparatorTokenId;
    }

    /// <summary>The labels, in model output order.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>How inputs are built: labelling, length, windows, special tokens.</summary>
    public InputOptions Options { get; }

    /// <summary>Vocabulary id of <c>[PAD]</c>.</summary>
    public int PadId { get; }

    /// <summary>Vocabulary id of <c>[CLS]</c>.</summary>
    public int ClsId { get; }

    /// <summary>Vocabulary id of <c>[SEP]</c>.</summary>
    public int SepId { get; }

    /// <summary>
    /// The sub-tokens of <paramref name="sentence"/>, with label ids when it is tagged (-1 for a label the model does
    /// not know, e.g. a type seen only in the test split: such a gold label is still scored, never predicted).
    /// </summary>
    public SubtokenSequence Build(Sentence sentence)
    {
        var aligned = _alignment.Align(sentence, Options.Labelling);
        var labels = new int[aligned.Length];
        for (int k = 0; k < labels.Length; k++)
            labels[k] = !aligned.Tags.IsEmpty && _labelIds.TryGetValue(aligned.Tags[k], out int id) ? id : -1;
        return new SubtokenSequence([.. aligned.Subtokens], [.. aligned.Ids], labels, [.. aligned.Scored], [.. aligned.WordIndices], [.. aligned.Tags],
                                   [.. sentence.Tokens.Select(t => t.Text)]);
    }

    /// <summary>
    /// The windows that cover a sentence of <paramref name="length"/> sub-tokens. A sentence that fits is one window;
    /// a longer one is truncated or cut into windows overlapping by half, each sub-token owned by the window in which it
    /// is farthest from an edge (the earlier window on a tie), so that every sub-token is owned exactly once.
    /// </summary>
    public IReadOnlyList<SequenceWindow> Windows(int sentence, int length)
    {
        int width = Options.ContentLength;
        if (length <= width) return [new SequenceWindow(sentence, 0, length, 0, length)];
        if (Options.LongSentences == LongSentencePolicy.Truncate) return [new SequenceWindow(sentence, 0, width, 0, width)];
        int stride = width / 2;
        var starts = new List<int>();
        for (int s = 0; s + width < length; s += stride) starts.Add(s);
        starts.Add(length - width);
        var owner = new int[length];
        for (int k = 0; k < length; k++)
        {
            int best = -1, bestMargin = -1;
            for (int w = 0; w < starts.Count; w++)
            {
                int s = starts[w];
                if (k < s || k >= s + width) continue;
                int margin = Math.Min(k - s, s + width - 1 - k);
                if (margin > bestMargin) (best, bestMargin) = (w, margin);
            }
            owner[k] = best;
        }
        var windows = new List<SequenceWindow>(starts.Count);
        for (int w = 0; w < starts.Count; w++)
        {
            int first = Array.IndexOf(owner, w), last = Array.LastIndexOf(owner, w);
            // A window that owns nothing (possible when the last start nearly repeats the one before) still trains.
            windows.Add(first < 0
                ? new SequenceWindow(sentence, starts[w], width, starts[w], starts[w])
                : new SequenceWindow(sentence, starts[w], width, first, last + 1));
        }
        return windows;
    }
}
