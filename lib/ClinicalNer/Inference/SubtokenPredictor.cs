using ClinicalNer.Inputs;
using ClinicalNer.Models;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Training;
using static TorchSharp.torch;

namespace ClinicalNer.Inference;

/// <summary>
/// Runs a tagger over encoded sentences window by window and stitches the windows' outputs back into one label id
/// per sub-token: each sub-token from the window that owns it, an unscored continuation piece from its word's first
/// piece, and a sub-token cut off by truncation as <c>O</c>.
/// </summary>
public static class SubtokenPredictor
{
    /// <summary>Default number of windows per inference batch.</summary>
    public const int DefaultBatchSize = 32;

    /// <summary>[sentence][sub-token] predicted label ids.</summary>
    public static int[][] Predict(TokenTagger tagger, InputBuilder inputs, IReadOnlyList<SubtokenSequence> sequences, Device device,
                                  int batchSize = DefaultBatchSize)
    {
        var windows = new List<SequenceWindow>();
        for (int s = 0; s < sequences.Count; s++) windows.AddRange(inputs.Windows(s, sequences[s].Length));
        // Every run's label list starts with O (TrainingRun.Labels); sub-tokens that truncation cut off are predicted O.
        int outside = inputs.Labels.IndexOf("O");
        if (outside < 0) throw new InvalidDataException("the run's labels.txt has no O label");
        var predicted = new int[sequences.Count][];
        for (int s = 0; s < sequences.Count; s++)
        {
            predicted[s] = new int[sequences[s].Length];
            Array.Fill(predicted[s], -1);
        }
        bool wasTraining = tagger.training;
        tagger.eval();
        foreach (var indices in BatchPlanner.Sorted(windows, batchSize))
        {
            using var scope = NewDisposeScope();
            var rows = indices.Select(i => windows[i]).ToArray();
            var batch = TrainingBatch.Create(rows, sequences, inputs, device);
            var paths = tagger.Decode(batch.InputIds, batch.AttentionMask, batch.LabelMask, batch.Characters);
            for (int b = 0; b < rows.Length; b++)
            {
                var w = rows[b];
                var sequence = sequences[w.Sentence];
                int next = 0;
                for (int j = 0; j < w.Length; j++)
                {
                    int k = w.Start + j;
                    if (!sequence.Scored[k]) continue;
                    int label = paths[b][next++];
                    if (k >= w.OwnedStart && k < w.OwnedEnd) predicted[w.Sentence][k] = label;
                }
            }
        }
        if (wasTraining) tagger.train();
        for (int s = 0; s < sequences.Count; s++) FillUnscored(predicted[s], sequences[s], inputs, outside);
        return predicted;
    }

    static void FillUnscored(int[] predicted, SubtokenSequence sequence, InputBuilder inputs, int outside)
    {
        for (int k = 0; k < predicted.Length; k++)
        {
            if (predicted[k] >= 0) continue;
            if (sequence.Scored[k] || k == 0 || sequence.IsWordStart(k)) predicted[k] = outside; // cut off by truncation
            else
            {
                string continuation = WordPieceAlignment.ContinuationLabel(inputs.Labels[predicted[k - 1]]);
                int id = inputs.Labels.IndexOf(continuation);
                predicted[k] = id >= 0 ? id : predicted[k - 1];
            }
        }
    }

    /// <summary>One tag per word: each word takes its first sub-token's label.</summary>
    public static string[] WordTags(int[] predicted, SubtokenSequence sequence, InputBuilder inputs, int words)
    {
        var tags = new string[words];
        for (int k = 0; k < predicted.Length; k++)
            if (sequence.IsWordStart(k)) tags[sequence.WordIndices[k]] = inputs.Labels[predicted[k]];
        return tags;
    }
}
