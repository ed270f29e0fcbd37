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

    /// <summary>An attention mask as bool: HF passes 1/0 integers, this library bool.</summary>
    public static Tensor AsBool(Tensor attentionMask) => attentionMask.dtype == ScalarType.Bool ? attentionMask.alias() : attentionMask.ne(0);
}
