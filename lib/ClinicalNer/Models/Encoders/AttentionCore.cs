using ClinicalNer.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders;

/// <summary>The part of multi-head self-attention that BERT and DistilBERT share: heads, masking, softmax, dropout.</summary>
internal static class AttentionCore
{
    /// <summary>
    /// softmax(q k^T / sqrt(d)) v per head, keys at padding positions excluded (a fused scaled-dot-product kernel).
    /// </summary>
    /// <param name="query">[B, T, H] projected queries.</param>
    /// <param name="key">[B, T, H] projected keys.</param>
    /// <param name="value">[B, T, H] projected values.</param>
    /// <param name="keyMask">[B, T] bool, true at real tokens.</param>
    /// <param name="heads">Number of heads (divides H).</param>
    /// <param name="dropout">Dropout on the attention weights (used only when <paramref name="training"/>).</param>
    /// <param name="training">Whether the module is in training mode.</param>
    /// <returns>[B, T, H] the heads' contexts, concatenated.</returns>
    public static Tensor Context(Tensor query, Tensor key, Tensor value, Tensor keyMask, int heads, double dropout, bool training)
    {
        var (batch, length, hidden) = (query.shape[0], query.shape[1], query.shape[2]);
        Tensor Split(Tensor x) => x.view(batch, length, heads, hidden / heads).transpose(1, 2); // [B, heads, T, d]
        using var mask = keyMask.view(batch, 1, 1, length); // broadcast over heads and queries
        using var context = nn.functional.scaled_dot_product_attention(Split(query), Split(key), Split(value), mask, training ? dropout : 0.0, false); // [B, heads, T, d]
        return context.transpose(1, 2).reshape(batch, length, hidden);
    }

    /// <summary>
    /// softmax((q k^T + q d^T [+ k d^T]) / sqrt(d)) v per head, where d holds a learned vector for each signed distance
    /// l - r between query l and key r: Hugging Face BertSelfAttention's <c>relative_key</c> (and, with
    /// <paramref name="keyTerm"/>, <c>relative_key_query</c>). Written out rather than fused: the fused kernel takes no
    /// score term that depends on the query.
    /// </summary>
    /// <param name="query">[B, T, H] projected queries.</param>
    /// <param name="key">[B, T, H] projected keys.</param>
    /// <param name="value">[B, T, H] projected values.</param>
    /// <param name="keyMask">[B, T] bool, true at real tokens.</param>
    /// <param name="distances">[T, T, H / heads] the distance vectors d(l - r), shared by the heads.</param>
    /// <param name="keyTerm">Add the keys' distance term too.</param>
    /// <param name="heads">Number of heads (divides H).</param>
    /// <param name="dropout">Dropout on the attention weights (used only when <paramref name="training"/>).</param>
    /// <param name="training">Whether the module is in training mode.</param>
    /// <returns>[B, T, H] the heads' contexts, concatenated.</returns>
    public static Tensor RelativeContext(Tensor query, Tensor key, Tensor value, Tensor keyMask, Tensor distances, bool keyTerm,
                                         int heads, double dropout, bool training)
    {
        using var scope = NewDisposeScope();
        var (batch, length, hidden) = (query.shape[0], query.shape[1], query.shape[2]);
        Tensor Split(Tensor x) => x.view(batch, length, heads, hidden / heads).transpose(1, 2); // [B, heads, T, d]
        var (q, k, v) = (Split(query), Split(key), Split(value));
        var scores = q.matmul(k.transpose(-1, -2)).Plus(einsum("bhld,lrd->bhlr", q, distances)); // [B, heads, T, T]
        if (keyTerm) scores = scores.Plus(einsum("bhrd,lrd->bhlr", k, distances));
        // Scalars held in variables: an implicit one can be collected while the native call still reads it.
        using var scale = (1.0 / Math.Sqrt(hidden / heads)).ToScalar();
        using var minusInfinity = float.NegativeInfinity.ToScalar();
        scores = scores.mul(scale).masked_fill(keyMask.view(batch, 1, 1, length).logical_not(), minusInfinity);
        var weights = nn.functional.dropout(scores.softmax(-1), dropout, training); // [B, heads, T, T]
        return weights.matmul(v).transpose(1, 2).reshape(batch, length, hidden).MoveToOuterDisposeScope(); // [B, T, H]
    }

    /// <summary>An attention mask as bool: HF passes 1/0 integers, this library bool.</summary>
    public static Tensor AsBool(Tensor attentionMask) => attentionMask.dtype == ScalarType.Bool ? attentionMask.alias() : attentionMask.NonZero();
}
