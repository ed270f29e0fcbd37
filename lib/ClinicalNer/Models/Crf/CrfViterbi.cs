namespace ClinicalNer.Models.Crf;

/// <summary>
/// Viterbi decoding of a linear-chain CRF on host arrays. The forward pass is a vectorized max-plus recursion
/// that keeps each step's score vector instead of back-pointers for every tag; backtracking then recomputes the
/// arg-max only for the tag on the best path (K additions per step instead of K x K selections).
/// </summary>
internal static class CrfViterbi
{
    /// <summary>The highest-scoring tag path of each sequence, each as long as its sequence.</summary>
    public static int[][] Decode(CrfScores scores, CrfBatch batch, int threads)
    {
        var paths = new int[batch.Size][];
        BatchChunks.Run(batch.Size, threads, (_, first, end) =>
        {
            var history = new double[batch.Length * scores.Padded];
            var best = new double[scores.Padded];
            for (var b = first; b < end; b++) paths[b] = DecodeSequence(scores, batch, b, history, best);
        });
        return paths;
    }

    // history row t = delta_t, the best score of any path ending in each tag at t (emission at t included).
    static int[] DecodeSequence(CrfScores scores, CrfBatch batch, int b, double[] history, double[] best)
    {
        var (k, p, length) = (scores.Tags, scores.Padded, batch.Lengths[b]);
        var delta = history.AsSpan(0, p);
        var emission = batch.EmissionRow(b, 0);
        for (var j = 0; j < k; j++) delta[j] = scores.Start[j] + emission[j];
        for (var t = 1; t < length; t++)
        {
            PaddedVector.MaxPlus(history.AsSpan((t - 1) * p, p), scores.Transitions, k, best);
            emission = batch.EmissionRow(b, t);
            delta = history.AsSpan(t * p, p);
            for (var j = 0; j < k; j++) delta[j] = best[j] + emission[j];
        }

        var path = new int[length];
        path[length - 1] = FirstArgMax(delta, scores.End, 0, 1, k);
        for (var t = length - 1; t > 0; t--)
            path[t - 1] = FirstArgMax(history.AsSpan((t - 1) * p, p), scores.Transitions, path[t], p, k);
        return path;
    }

    // The lowest index attaining the maximum: the same sums as the forward pass, so the same choice as a tracked arg-max.
    // Maximises delta[i] + column[offset + i * stride] over i < count (a column of the transitions, or the end scores).
    static int FirstArgMax(ReadOnlySpan<double> delta, double[] column, int offset, int stride, int count)
    {
        var (arg, max) = (0, delta[0] + column[offset]);
        for (var i = 1; i < count; i++)
        {
            var v = delta[i] + column[offset + i * stride];
            if (v > max) (arg, max) = (i, v);
        }
        return arg;
    }
}
