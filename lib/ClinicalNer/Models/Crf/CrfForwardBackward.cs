namespace ClinicalNer.Models.Crf;

/// <summary>
/// The forward-backward algorithm of a linear-chain CRF on host arrays in double precision, with Rabiner's
/// per-step scaling instead of log-sum-exp: each step is a K x K matrix-vector product on exponentiated scores,
/// renormalised to sum 1, and the log partition is the sum of the logs of the scales. <see cref="Forward"/>
/// computes the log-likelihoods and keeps what <see cref="Backward"/> needs for the gradients, which are the
/// gold indicators minus the posterior marginals (unary for emissions, start and end; pairwise for transitions).
/// </summary>
internal sealed class CrfForwardBackward
{
    readonly CrfScores scores;
    readonly CrfBatch batch;
    readonly int threads;

    // exp(emission - row max) [B, T, Padded], pad lanes 0.
    readonly double[] expEmissions;

    // Scaled forward vectors alpha_t, each summing to 1 [B, T, Padded].
    readonly double[] alpha;

    // The scale c_t taken out at each step [B, T].
    readonly double[] scale;

    // sum_j alpha_{L-1}[j] * exp(end[j] - shift) [B].
    readonly double[] finalScale;

    /// <summary>log p(gold path | emissions) per sequence [B].</summary>
    public double[] LogLikelihood { get; }

    CrfForwardBackward(CrfScores scores, CrfBatch batch, int threads)
    {
        this.scores = scores;
        this.batch = batch;
        this.threads = threads;
        expEmissions = new double[batch.Size * batch.Length * batch.Padded];
        alpha = new double[expEmissions.Length];
        scale = new double[batch.Size * batch.Length];
        finalScale = new double[batch.Size];
        LogLikelihood = new double[batch.Size];
    }

    /// <summary>Runs the forward pass over a batch whose emissions and gold tags are loaded.</summary>
    public static CrfForwardBackward Forward(CrfScores scores, CrfBatch batch, int threads)
    {
        var run = new CrfForwardBackward(scores, batch, threads);
        BatchChunks.Run(batch.Size, threads, (_, first, end) =>
        {
            for (var b = first; b < end; b++) run.LogLikelihood[b] = run.GoldScore(b) - run.LogPartition(b);
        });
        return run;
    }

    /// <summary>
    /// Gradients of sum_b w[b] * LogLikelihood[b] with respect to the emissions [B, T, K] (unpadded), start [K],
    /// end [K] and transitions [K, K].
    /// </summary>
    public CrfGradients Backward(double[] weights)
    {
        var (k, p) = (scores.Tags, scores.Padded);
        var emissionGrad = new double[batch.Size * batch.Length * k];
        var partials = new CrfGradients[BatchChunks.Count(batch.Size, threads)];
        BatchChunks.Run(batch.Size, threads, (chunk, first, end) =>
        {
            var acc = new CrfGradients(emissionGrad, new double[k], new double[k], new double[k * k]);
            var pairs = new double[k * p];
            var beta = new double[p];
            var w = new double[p];
            for (var b = first; b < end; b++) BackwardSequence(b, weights[b], acc, pairs, beta, w);
            // The expected transition counts, sum_t alpha_{t-1}[i] * w_t[j], still lack their factor E[i, j].
            for (var i = 0; i < k; i++)
                for (var j = 0; j < k; j++) acc.Transitions[i * k + j] -= scores.ExpTransitions[i * p + j] * pairs[i * p + j];
            partials[chunk] = acc;
        });
        return CrfGradients.Sum(emissionGrad, partials);
    }

    double GoldScore(int b)
    {
        var length = batch.Lengths[b];
        var first = batch.GoldTag(b, 0);
        var score = scores.Start[first] + batch.EmissionRow(b, 0)[first];
        for (var t = 1; t < length; t++)
        {
            var (from, to) = (batch.GoldTag(b, t - 1), batch.GoldTag(b, t));
            score += scores.Transitions[from * scores.Padded + to] + batch.EmissionRow(b, t)[to];
        }
        return score + scores.End[batch.GoldTag(b, length - 1)];
    }

    double LogPartition(int b)
    {
        var (k, length) = (scores.Tags, batch.Lengths[b]);
        var logZ = scores.StartShift + scores.EndShift + (length - 1) * scores.TransitionShift;
        for (var t = 0; t < length; t++)
        {
            var x = Row(expEmissions, b, t);
            var emission = batch.EmissionRow(b, t);
            var max = double.NegativeInfinity;
            for (var j = 0; j < k; j++) max = Math.Max(max, emission[j]);
            PaddedVector.ShiftedExp(emission, max, x);
            x[k..].Clear(); // exp(0 - max) in the pad lanes could overflow, and 0 * inf is NaN

            var a = Row(alpha, b, t);
            if (t == 0)
                PaddedVector.MultiplyScaled(scores.ExpStart, x, 1.0, a);
            else
                PaddedVector.VectorMatrix(Row(alpha, b, t - 1), scores.ExpTransitions, k, a);
            var c = t == 0 ? PaddedVector.Sum(a) : PaddedVector.MultiplyAndSum(a, x);
            PaddedVector.Scale(a, 1.0 / c);
            scale[b * batch.Length + t] = c;
            logZ += max + Math.Log(c);
        }
        var cf = PaddedVector.Dot(Row(alpha, b, length - 1), scores.ExpEnd);
        finalScale[b] = cf;
        return logZ + Math.Log(cf);
    }

    // Scaled backward recursion: beta_{L-1} = exp(end)/cF, beta_{t-1}[i] = sum_j E[i,j] w_t[j] with
    // w_t = x_t * beta_t / c_t; then P(y_t = j) = alpha_t[j] beta_t[j] and P(y_{t-1}=i, y_t=j) = alpha_{t-1}[i] E[i,j] w_t[j].
    void BackwardSequence(int b, double weight, CrfGradients acc, double[] pairs, double[] beta, double[] w)
    {
        var (k, length) = (scores.Tags, batch.Lengths[b]);
        PaddedVector.ScaledCopy(scores.ExpEnd, 1.0 / finalScale[b], beta);
        for (var t = length - 1; t >= 0; t--)
        {
            ReadOnlySpan<double> a = Row(alpha, b, t);
            var gold = batch.GoldTag(b, t);
            var grad = acc.Emissions.AsSpan((b * batch.Length + t) * k, k);
            for (var j = 0; j < k; j++) grad[j] = -weight * a[j] * beta[j];
            grad[gold] += weight;
            if (t == length - 1) AddTo(acc.End, grad);
            if (t == 0)
            {
                AddTo(acc.Start, grad);
                break;
            }

            PaddedVector.MultiplyScaled(Row(expEmissions, b, t), beta, 1.0 / scale[b * batch.Length + t], w);
            PaddedVector.AddOuter(Row(alpha, b, t - 1), weight, w, k, pairs);
            PaddedVector.MatrixVector(scores.ExpTransitions, k, w, beta);
            acc.Transitions[batch.GoldTag(b, t - 1) * k + gold] += weight;
        }
    }

    // The emission gradient at a boundary position equals the start (or end) gradient there.
    static void AddTo(double[] target, ReadOnlySpan<double> emissionGrad)
    {
        for (var j = 0; j < target.Length; j++) target[j] += emissionGrad[j];
    }

    Span<double> Row(double[] data, int b, int t) => data.AsSpan((b * batch.Length + t) * batch.Padded, batch.Padded);
}
