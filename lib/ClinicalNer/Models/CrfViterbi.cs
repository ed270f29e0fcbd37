namespace ClinicalNer.Models;

/// <summary>Viterbi decoding of a linear-chain CRF on host arrays: a vectorized max-plus recursion with back-pointers.</summary>
internal static class CrfViterbi
{
    /// <summary>The highest-scoring tag path of each sequence, each as long as its sequence.</summary>
    public static int[][] Decode(CrfScores scores, CrfBatch batch, int threads)
    {
        var paths = new int[batch.Size][];
        BatchChunks.Run(batch.Size, threads, (_, first, end) =>
        {
            var p = scores.Padded;
            var score = new double[p];
            var best = new double[p];
            var argBest = new double[p];
            var backPointers = new int[batch.Length * p];
            for (var b = first; b < end; b++) paths[b] = DecodeSequence(scores, batch, b, score, best, argBest, backPointers);
        });
        return paths;
    }

    static int[] DecodeSequence(CrfScores scores, CrfBatch batch, int b, double[] score, double[] best, double[] argBest, int[] backPointers)
    {
        var (k, p, length) = (scores.Tags, scores.Padded, batch.Lengths[b]);
        var emission = batch.EmissionRow(b, 0);
        for (var j = 0; j < k; j++) score[j] = scores.Start[j] + emission[j];
        for (var t = 1; t < length; t++)
        {
            PaddedVector.MaxPlus(score, scores.Transitions, k, best, argBest);
            emission = batch.EmissionRow(b, t);
            var pointers = backPointers.AsSpan(t * p, p);
            for (var j = 0; j < k; j++)
            {
                score[j] = best[j] + emission[j];
                pointers[j] = (int)argBest[j];
            }
        }

        var last = 0;
        for (var j = 0; j < k; j++)
        {
            score[j] += scores.End[j];
            if (score[j] > score[last]) last = j;
        }
        var path = new int[length];
        path[length - 1] = last;
        for (var t = length - 1; t > 0; t--) path[t - 1] = backPointers[t * p + path[t]];
        return path;
    }
}
