using ClinicalNer.Runtime;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders.Bert;

/// <summary>BERT's embeddings: word + learned position + token type (segment 0 here), then LayerNorm and dropout.</summary>
public sealed class BertEmbeddings : nn.Module<Tensor, Tensor>
{
#pragma warning disable IDE1006 // field names are the checkpoint's keys
    readonly Embedding word_embeddings;
    readonly Embedding position_embeddings;
    readonly Embedding token_type_embeddings;
    readonly LayerNorm LayerNorm;
    readonly Dropout dropout;
#pragma warning restore IDE1006
    readonly int maxPositions;

    /// <summary>Creates the module for <paramref name="config"/>.</summary>
    public BertEmbeddings(BertConfig config, Device? device = null) : base(nameof(BertEmbeddings))
    {
        word_embeddings = nn.Embedding(config.VocabSize, config.Hidden, padding_idx: config.PadTokenId, device: device);
        position_embeddings = nn.Embedding(config.MaxPositionEmbeddings, config.Hidden, device: device);
        token_type_embeddings = nn.Embedding(config.TypeVocabSize, config.Hidden, device: device);
        LayerNorm = nn.LayerNorm(config.Hidden, config.LayerNormEps, device: device);
        maxPositions = config.MaxPositionEmbeddings;
        dropout = nn.Dropout(config.HiddenDropout);
        RegisterComponents();
    }

    internal Embedding WordEmbeddings => word_embeddings;

    /// <summary>[B, T] token ids -> [B, T, hidden]; every token has token type 0 (single-segment input).</summary>
    public override Tensor forward(Tensor inputIds)
    {
        using var scope = NewDisposeScope();
        var positions = PositionIds.For(inputIds, maxPositions); // [T]
        var segment = token_type_embeddings.weight![0]; // [hidden], type 0 everywhere
        var embedded = word_embeddings.call(inputIds).Plus(position_embeddings.call(positions)).Plus(segment); // [B, T, hidden]
        return dropout.call(LayerNorm.call(embedded)).MoveToOuterDisposeScope();
    }
}
