using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClinicalNer.Models;

/// <summary>DistilBERT's embeddings: word + learned position, then LayerNorm and dropout.</summary>
public sealed class DistilBertEmbeddings : nn.Module<Tensor, Tensor>
{
#pragma warning disable IDE1006 // field names are the checkpoint's keys
    readonly Embedding word_embeddings;
    readonly Embedding position_embeddings;
    readonly LayerNorm LayerNorm;
    readonly Dropout dropout;
#pragma warning restore IDE1006
    readonly int maxPositions;

    /// <summary>Creates the module for <paramref name="config"/>.</summary>
    public DistilBertEmbeddings(DistilBertConfig config, Device? device = null) : base(nameof(DistilBertEmbeddings))
    {
        word_embeddings = nn.Embedding(config.VocabSize, config.Dim, padding_idx: config.PadTokenId, device: device);
        position_embeddings = nn.Embedding(config.MaxPositionEmbeddings, config.Dim, device: device);
        LayerNorm = nn.LayerNorm(config.Dim, DistilBertConfig.LayerNormEps, device: device);
        maxPositions = config.MaxPositionEmbeddings;
        dropout = nn.Dropout(config.Dropout);
        RegisterComponents();
    }

    internal Embedding WordEmbeddings => word_embeddings;

    /// <summary>[B, T] token ids -> [B, T, dim].</summary>
    public override Tensor forward(Tensor inputIds)
    {
        using var scope = NewDisposeScope();
        var positions = PositionIds.For(inputIds, maxPositions); // [T]
        var embedded = word_embeddings.call(inputIds) + position_embeddings.call(positions); // [B, T, dim] + [T, dim]
        return dropout.call(LayerNorm.call(embedded)).MoveToOuterDisposeScope();
    }
}
