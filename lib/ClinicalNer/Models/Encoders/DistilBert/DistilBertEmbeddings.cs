using ClinicalNer.Runtime;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders.DistilBert;

/// <summary>
/// DistilBERT's embeddings: word + learned position (none when the attention uses relative positions), then LayerNorm and dropout. The workbench's from-scratch
/// models may add a character CNN of each position's word (<c>char_cnn</c>) and word dropout (<c>word_dropout</c>).
/// </summary>
public sealed class DistilBertEmbeddings : nn.Module<Tensor, Tensor>
{
#pragma warning disable IDE1006 // field names are the checkpoint's keys
    readonly Embedding word_embeddings;
    readonly Embedding? position_embeddings;
    readonly WordDropout word_dropout;
    readonly CharacterCnn? char_cnn;
    readonly Linear? char_projection;
    readonly LayerNorm LayerNorm;
    readonly Dropout dropout;
#pragma warning restore IDE1006
    readonly int maxPositions;

    /// <summary>Creates the module for <paramref name="config"/>.</summary>
    public DistilBertEmbeddings(DistilBertConfig config, Device? device = null) : base(nameof(DistilBertEmbeddings))
    {
        word_embeddings = nn.Embedding(config.VocabSize, config.Dim, padding_idx: config.PadTokenId, device: device);
        if (config.PositionEmbeddingType == PositionEmbeddingType.Absolute)
            position_embeddings = nn.Embedding(config.MaxPositionEmbeddings, config.Dim, device: device);
        if (config.CharCnn)
        {
            char_cnn = new CharacterCnn(CharacterCnn.DefaultFilters, device);
            char_projection = nn.Linear(CharacterCnn.DefaultFilters, config.Dim, device: device);
        }
        LayerNorm = nn.LayerNorm(config.Dim, DistilBertConfig.LayerNormEps, device: device);
        maxPositions = config.MaxPositionEmbeddings;
        word_dropout = new WordDropout(config.WordDropout);
        dropout = nn.Dropout(config.Dropout);
        RegisterComponents();
    }

    internal Embedding WordEmbeddings => word_embeddings;

    internal CharacterCnn? CharCnn => char_cnn;

    /// <summary>[B, T] token ids -> [B, T, dim] (an encoder without a character CNN).</summary>
    public override Tensor forward(Tensor inputIds) => Embed(inputIds, null);

    /// <summary>[B, T] token ids and, with a character CNN, [B, T, C] character ids of each position's word -> [B, T, dim].</summary>
    /// <exception cref="ArgumentException">Characters missing for an encoder that reads them.</exception>
    public Tensor Embed(Tensor inputIds, Tensor? characters)
    {
        using var scope = NewDisposeScope();
        var positions = PositionIds.For(inputIds, maxPositions); // [T]
        var words = word_dropout.call(word_embeddings.call(inputIds)); // [B, T, dim]
        var embedded = position_embeddings is null ? words : words.Plus(position_embeddings.call(positions)); // [B, T, dim] + [T, dim]
        if (char_cnn is not null && char_projection is not null)
        {
            var spelling = char_cnn.call(characters ?? throw new ArgumentException("this encoder reads characters: pass the [B, T, C] character ids")); // [B, T, F]
            embedded = embedded.Plus(char_projection.call(spelling)); // [B, T, dim]
        }
        return dropout.call(LayerNorm.call(embedded)).MoveToOuterDisposeScope();
    }
}
