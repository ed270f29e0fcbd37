using ClinicalNer.Runtime;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders.DistilBert;

/// <summary>
/// DistilBERT's self-attention: q_lin, k_lin, v_lin projections, masked scaled dot products, out_lin; with relative
/// positions (<see cref="DistilBertConfig.PositionEmbeddingType"/>), also BERT's <c>distance_embedding</c>: one learned
/// vector per signed distance from -(max_position_embeddings - 1) to +(max_position_embeddings - 1).
/// </summary>
public sealed class MultiHeadSelfAttention : nn.Module<Tensor, Tensor, Tensor>
{
#pragma warning disable IDE1006 // field names are the checkpoint's keys
    readonly Linear q_lin;
    readonly Linear k_lin;
    readonly Linear v_lin;
    readonly Linear out_lin;
    readonly Embedding? distance_embedding;
#pragma warning restore IDE1006
    readonly PositionEmbeddingType positionType;
    readonly int maxPositions;
    readonly int heads;
    readonly double attentionDropout;

    /// <summary>Creates the module for <paramref name="config"/>.</summary>
    public MultiHeadSelfAttention(DistilBertConfig config, Device? device = null) : base(nameof(MultiHeadSelfAttention))
    {
        q_lin = nn.Linear(config.Dim, config.Dim, device: device);
        k_lin = nn.Linear(config.Dim, config.Dim, device: device);
        v_lin = nn.Linear(config.Dim, config.Dim, device: device);
        out_lin = nn.Linear(config.Dim, config.Dim, device: device);
        positionType = config.PositionEmbeddingType;
        maxPositions = config.MaxPositionEmbeddings;
        if (positionType != PositionEmbeddingType.Absolute)
            distance_embedding = nn.Embedding(2 * maxPositions - 1, config.Dim / config.Heads, device: device);
        heads = config.Heads;
        attentionDropout = config.AttentionDropout;
        RegisterComponents();
    }

    /// <summary>[B, T, dim] hidden states and [B, T] bool key mask -> [B, T, dim].</summary>
    public override Tensor forward(Tensor hidden, Tensor keyMask)
    {
        using var scope = NewDisposeScope();
        var (query, key, value) = (q_lin.call(hidden), k_lin.call(hidden), v_lin.call(hidden));
        var context = distance_embedding is null
            ? AttentionCore.Context(query, key, value, keyMask, heads, attentionDropout, training)
            : AttentionCore.RelativeContext(query, key, value, keyMask, Distances(hidden.shape[1], hidden.device),
                                            positionType == PositionEmbeddingType.RelativeKeyQuery, heads, attentionDropout, training);
        return out_lin.call(context).MoveToOuterDisposeScope();
    }

    /// <summary>[T, T, dim / heads]: row (l, r) is the vector of distance l - r (index shifted by max_position_embeddings - 1, as in BERT).</summary>
    Tensor Distances(long length, Device device)
    {
        var positions = arange(length, device: device); // [T]
        using var shift = (maxPositions - 1L).ToScalar();
        var rows = (positions.unsqueeze(1) - positions.unsqueeze(0)).Plus(shift); // [T, T]: l - r, shifted to be non-negative
        return distance_embedding!.call(rows);
    }
}
