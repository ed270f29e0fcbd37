using ClinicalNer.Runtime;
using ClinicalNer.Inputs;
using ClinicalNer.Models.Crf;
using ClinicalNer.Models;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Training;
using static TorchSharp.torch;

namespace ClinicalNer.Inference;

/// <summary>
/// The probability a tagger gives each predicted sub-token label: its softmax for the Apt head, its posterior
/// marginal for the CRF head. The CRF's marginals come from autograd: the gradient of the log-likelihood of any
/// path with respect to the emissions is that path's one-hot indicators minus the marginals.
/// </summary>
public static class SubtokenConfidence
{
    /// <summary>[sentence][sub-token] probability of the predicted label (from the window that owns the sub-token).</summary>
    public static double[][] Of(TokenTagger tagger, InputBuilder inputs, IReadOnlyList<SubtokenSequence> sequences, int[][] predicted, Device device)
    {
        var windows = new List<SequenceWindow>();
        for (int s = 0; s < sequences.Count; s++) windows.AddRange(inputs.Windows(s, sequences[s].Length));
        var result = sequences.Select(q => Enumerable.Repeat(double.NaN, q.Length).ToArray()).ToArray();
        tagger.eval();
        foreach (var indices in BatchPlanner.Sorted(windows, SubtokenPredictor.DefaultBatchSize))
        {
            using var scope = NewDisposeScope();
            var rows = indices.Select(i => windows[i]).ToArray();
            var batch = TrainingBatch.Create(rows, sequences, inputs, device);
            Tensor emissions;
            using (no_grad()) emissions = tagger.Emissions(batch.InputIds, batch.AttentionMask, batch.Characters);
            var packed = PackedPositions.Create(batch.LabelMask);
            var scores = packed.Gather(emissions).detach().requires_grad_(true); // [B, T', K]
            int width = (int)scores.shape[1];
            var tags = new long[rows.Length * width];
            var positions = new List<int>[rows.Length];
            for (int b = 0; b < rows.Length; b++)
            {
                positions[b] = [];
                var w = rows[b];
                for (int j = 0; j < w.Length; j++)
                    if (sequences[w.Sentence].Scored[w.Start + j])
                    {
                        tags[b * width + positions[b].Count] = predicted[w.Sentence][w.Start + j];
                        positions[b].Add(w.Start + j);
                    }
            }
            var tagTensor = tensor(tags, [rows.Length, width], device: device);
            Tensor chosen; // [B, T'] probability of each position's predicted tag
            if (tagger.Crf is { } crf)
            {
                crf.forward(scores, tagTensor, packed.Mask, CrfReduction.Sum).backward();
                chosen = scores.grad!.gather(-1, tagTensor.unsqueeze(-1)).squeeze(-1).OneMinus();
            }
            else chosen = scores.detach().softmax(-1).gather(-1, tagTensor.unsqueeze(-1)).squeeze(-1);
            var values = HostTensor.ToDoubles(chosen.to(ScalarType.Float64).cpu());
            for (int b = 0; b < rows.Length; b++)
                for (int n = 0; n < positions[b].Count; n++)
                {
                    int k = positions[b][n];
                    if (k >= rows[b].OwnedStart && k < rows[b].OwnedEnd) result[rows[b].Sentence][k] = values[b * width + n];
                }
        }
        foreach (var (row, q) in result.Zip(sequences))
            for (int k = 0; k < row.Length; k++)
                if (double.IsNaN(row[k])) row[k] = k > 0 && !q.IsWordStart(k) ? row[k - 1] : 0; // unscored continuation, or cut off
        return result;
    }
}
