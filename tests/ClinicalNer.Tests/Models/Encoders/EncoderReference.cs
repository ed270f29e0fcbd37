namespace ClinicalNer.Tests.Models.Encoders;

/// <summary>
/// BERT and DistilBERT written out position by position over double arrays, from the published architecture
/// (Devlin et al.; Sanh et al.; Hugging Face's modeling files): an oracle independent of tensors and kernels.
/// </summary>
sealed class EncoderReference(IReadOnlyDictionary<string, double[]> weights, int hidden, int heads, double eps)
{
    public double[] W(string name) => weights[name];

    public double[] EmbeddingRow(string name, long row) => W(name).AsSpan((int)row * hidden, hidden).ToArray();

    public static double[] Linear(double[] x, double[] weight, double[] bias)
    {
        var y = (double[])bias.Clone();
        for (var o = 0; o < y.Length; o++)
            for (var i = 0; i < x.Length; i++) y[o] += weight[o * x.Length + i] * x[i];
        return y;
    }

    public double[] Linear(double[] x, string prefix) => Linear(x, W(prefix + ".weight"), W(prefix + ".bias"));

    public double[] LayerNorm(double[] x, string prefix)
    {
        var (gamma, beta) = (W(prefix + ".weight"), W(prefix + ".bias"));
        var mean = x.Average();
        var variance = x.Select(v => (v - mean) * (v - mean)).Average();
        return x.Select((v, i) => (v - mean) / Math.Sqrt(variance + eps) * gamma[i] + beta[i]).ToArray();
    }

    public static double[] Add(double[] a, double[] b) => a.Select((v, i) => v + b[i]).ToArray();

    /// <summary>
    /// Multi-head attention of every position over the unmasked positions; with <paramref name="distances"/> (a
    /// [2 max - 1, d] table), BERT's relative_key term q_i . D[i - j + max - 1] and, with <paramref name="keyTerm"/>,
    /// relative_key_query's k_j . D[i - j + max - 1], both before the 1/sqrt(d) scaling.
    /// </summary>
    public double[][] SelfAttention(double[][] x, bool[] mask, string query, string key, string value,
                                    string? distances = null, int maxPositions = 0, bool keyTerm = false)
    {
        var q = x.Select(v => Linear(v, query)).ToArray();
        var k = x.Select(v => Linear(v, key)).ToArray();
        var val = x.Select(v => Linear(v, value)).ToArray();
        var d = hidden / heads;
        var context = x.Select(_ => new double[hidden]).ToArray();
        for (var i = 0; i < x.Length; i++)
            for (var h = 0; h < heads; h++)
            {
                var scores = new double[x.Length];
                for (var j = 0; j < x.Length; j++)
                {
                    if (!mask[j]) { scores[j] = double.NegativeInfinity; continue; }
                    for (var c = h * d; c < (h + 1) * d; c++) scores[j] += q[i][c] * k[j][c];
                    if (distances is not null)
                    {
                        var row = W(distances).AsSpan((i - j + maxPositions - 1) * d, d);
                        for (var c = 0; c < d; c++) scores[j] += q[i][h * d + c] * row[c] + (keyTerm ? k[j][h * d + c] * row[c] : 0);
                    }
                    scores[j] /= Math.Sqrt(d);
                }
                var max = scores.Max();
                var p = scores.Select(s => Math.Exp(s - max)).ToArray();
                var total = p.Sum();
                for (var j = 0; j < x.Length; j++)
                    for (var c = h * d; c < (h + 1) * d; c++) context[i][c] += p[j] / total * val[j][c];
            }
        return context;
    }

    public static double Gelu(double x) => 0.5 * x * (1 + Erf(x / Math.Sqrt(2)));

    /// <summary>erf by its Taylor series for |x| &lt; 2.5 and by the continued fraction of erfc beyond (both to ~1e-13).</summary>
    public static double Erf(double x)
    {
        var a = Math.Abs(x);
        if (a < 2.5)
        {
            double sum = 0, term = a;
            for (var n = 0; n < 60; n++)
            {
                sum += term / (2 * n + 1);
                term *= -a * a / (n + 1);
            }
            return Math.Sign(x) * 2 / Math.Sqrt(Math.PI) * sum;
        }
        var t = a;
        for (var n = 80; n >= 1; n--) t = a + n / 2.0 / t;
        return Math.Sign(x) * (1 - Math.Exp(-a * a) / Math.Sqrt(Math.PI) / t);
    }

    /// <summary>DistilBERT with absolute positions, or, given <paramref name="relative"/>, none in the embeddings and relative ones in each attention.</summary>
    public double[][] DistilBert(long[] ids, bool[] mask, int layers, (int MaxPositions, bool KeyTerm)? relative = null)
    {
        var h = ids.Select((id, t) => LayerNorm(relative is null
            ? Add(EmbeddingRow("embeddings.word_embeddings.weight", id), EmbeddingRow("embeddings.position_embeddings.weight", t))
            : EmbeddingRow("embeddings.word_embeddings.weight", id), "embeddings.LayerNorm")).ToArray();
        for (var l = 0; l < layers; l++)
        {
            var p = $"transformer.layer.{l}.";
            var context = SelfAttention(h, mask, p + "attention.q_lin", p + "attention.k_lin", p + "attention.v_lin",
                                        relative is null ? null : p + "attention.distance_embedding.weight", relative?.MaxPositions ?? 0, relative?.KeyTerm ?? false);
            var attended = h.Select((x, t) => LayerNorm(Add(Linear(context[t], p + "attention.out_lin"), x), p + "sa_layer_norm")).ToArray();
            h = attended.Select(x => LayerNorm(Add(Linear(Linear(x, p + "ffn.lin1").Select(Gelu).ToArray(), p + "ffn.lin2"), x), p + "output_layer_norm")).ToArray();
        }
        return h;
    }

    public double[][] Bert(long[] ids, bool[] mask, int layers)
    {
        var segment = EmbeddingRow("embeddings.token_type_embeddings.weight", 0);
        var h = ids.Select((id, t) => LayerNorm(Add(Add(EmbeddingRow("embeddings.word_embeddings.weight", id), EmbeddingRow("embeddings.position_embeddings.weight", t)), segment), "embeddings.LayerNorm")).ToArray();
        for (var l = 0; l < layers; l++)
        {
            var p = $"encoder.layer.{l}.";
            var context = SelfAttention(h, mask, p + "attention.self.query", p + "attention.self.key", p + "attention.self.value");
            var attended = h.Select((x, t) => LayerNorm(Add(Linear(context[t], p + "attention.output.dense"), x), p + "attention.output.LayerNorm")).ToArray();
            h = attended.Select(x => LayerNorm(Add(Linear(Linear(x, p + "intermediate.dense").Select(Gelu).ToArray(), p + "output.dense"), x), p + "output.LayerNorm")).ToArray();
        }
        return h;
    }
}
