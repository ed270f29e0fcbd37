using System.Collections.Immutable;
using ClinicalNer.Inputs;
using ClinicalNer.Metrics;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Inference;

/// <summary>
/// A model's sub-token predictions beside the gold sentences they were made on, as the metric library's pairs:
/// sub-tokens for the sub-token units (and words as first sub-tokens), words for the entity units.
/// </summary>
public sealed class SentencePredictions
{
    readonly InputBuilder _inputs;

    /// <summary>Pairs predictions with gold.</summary>
    /// <param name="gold">The tagged sentences.</param>
    /// <param name="sequences">Their encodings.</param>
    /// <param name="predicted">[sentence][sub-token] predicted label ids (<see cref="SubtokenPredictor.Predict"/>).</param>
    /// <param name="inputs">The inputs that made the sequences.</param>
    public SentencePredictions(IReadOnlyList<Sentence> gold, IReadOnlyList<SubtokenSequence> sequences, int[][] predicted, InputBuilder inputs)
    {
        (Gold, Sequences, Predicted, _inputs) = (gold, sequences, predicted, inputs);
        PredictedSentences = [.. gold.Select((s, i) => s with { Tags = [.. SubtokenPredictor.WordTags(predicted[i], sequences[i], inputs, s.Tokens.Length)] })];
    }

    /// <summary>The gold sentences.</summary>
    public IReadOnlyList<Sentence> Gold { get; }

    /// <summary>The encoded sentences.</summary>
    public IReadOnlyList<SubtokenSequence> Sequences { get; }

    /// <summary>[sentence][sub-token] predicted label ids.</summary>
    public int[][] Predicted { get; }

    /// <summary>The gold sentences with the predicted word tags (each word's first sub-token's label).</summary>
    public ImmutableArray<Sentence> PredictedSentences { get; }

    /// <summary>The sub-token labels as written in a sub-token CoNLL file: one line per sub-token.</summary>
    public IEnumerable<Sentence> SubtokenSentences(bool predicted) => Sequences.Select((q, s) =>
    {
        var tokens = q.Pieces.Select(piece => new Token(piece, -1, -1)).ToImmutableArray();
        var tags = predicted ? Predicted[s].Select(id => _inputs.Labels[id]).ToImmutableArray() : [.. q.Tags];
        return new Sentence(Gold[s].DocumentId, -1, -1, tokens, tags);
    });

    /// <summary>The report at <paramref name="unit"/> (a label or entity unit; the n2c2 units score brat folders).</summary>
    public ScoreReport Score(ScoreUnit unit) => Scorer.Score(unit.IsEntityUnit() ? WordPair() : SubtokenPair(), unit);

    /// <summary>Sub-token gold and predictions, with word starts so that the word unit scores first sub-tokens.</summary>
    public TaggedPair SubtokenPair()
    {
        var labels = new LabelVocabulary();
        var gold = new List<int>();
        var predicted = new List<int>();
        var wordStarts = new List<bool>();
        var starts = new List<int>(Sequences.Count + 1) { 0 };
        for (int s = 0; s < Sequences.Count; s++)
        {
            var q = Sequences[s];
            for (int k = 0; k < q.Length; k++)
            {
                gold.Add(labels.Intern(q.Tags[k]));
                predicted.Add(labels.Intern(_inputs.Labels[Predicted[s][k]]));
                wordStarts.Add(q.IsWordStart(k));
            }
            starts.Add(gold.Count);
        }
        return TaggedPair.FromIds(labels, [.. gold], [.. predicted], [.. starts], [.. wordStarts]);
    }

    /// <summary>Word gold and predictions.</summary>
    public TaggedPair WordPair() => TaggedPair.FromSentences(Gold, PredictedSentences);
}
