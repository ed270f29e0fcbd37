using System.Text.Json.Serialization;
using ClinicalNer.Training.Settings;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders.Bert;

/// <summary>A BERT architecture with the keys of Hugging Face's <c>BertConfig</c> (defaults are its defaults: bert-base).</summary>
public sealed record BertConfig : EncoderConfig
{
    /// <summary>The <c>model_type</c> value.</summary>
    public const string Type = "bert";

    /// <summary>Rows of the word-embedding table.</summary>
    [JsonPropertyName("vocab_size")] public int VocabSize { get; init; } = 30522;

    /// <summary>Model width.</summary>
    [JsonPropertyName("hidden_size")] public int Hidden { get; init; } = 768;

    /// <summary>Number of Transformer layers.</summary>
    [JsonPropertyName("num_hidden_layers")] public int Layers { get; init; } = 12;

    /// <summary>Attention heads per layer.</summary>
    [JsonPropertyName("num_attention_heads")] public int Heads { get; init; } = 12;

    /// <summary>Width of the feed-forward layer.</summary>
    [JsonPropertyName("intermediate_size")] public int IntermediateSize { get; init; } = 3072;

    /// <summary>Feed-forward activation (<c>gelu</c> = erf form).</summary>
    [JsonPropertyName("hidden_act")] public string HiddenAct { get; init; } = "gelu";

    /// <summary>Dropout on embeddings and sub-layer outputs.</summary>
    [JsonPropertyName("hidden_dropout_prob")] public double HiddenDropout { get; init; } = 0.1;

    /// <summary>Dropout on attention weights.</summary>
    [JsonPropertyName("attention_probs_dropout_prob")] public double AttentionDropout { get; init; } = 0.1;

    /// <summary>Learned absolute positions.</summary>
    [JsonPropertyName("max_position_embeddings")] public int MaxPositionEmbeddings { get; init; } = 512;

    /// <summary>Rows of the token-type (segment) embedding table.</summary>
    [JsonPropertyName("type_vocab_size")] public int TypeVocabSize { get; init; } = 2;

    /// <summary>Standard deviation of the initial weights.</summary>
    [JsonPropertyName("initializer_range")] public double InitializerRange { get; init; } = 0.02;

    /// <summary>LayerNorm epsilon.</summary>
    [JsonPropertyName("layer_norm_eps")] public double LayerNormEps { get; init; } = 1e-12;

    /// <summary>Id of the padding token (its embedding row starts at zero).</summary>
    [JsonPropertyName("pad_token_id")] public int PadTokenId { get; init; }

    /// <summary>Only <c>absolute</c> is supported.</summary>
    [JsonPropertyName("position_embedding_type")] public string PositionEmbeddingType { get; init; } = "absolute";

    /// <inheritdoc/>
    [JsonIgnore] public override string ModelType => Type;

    /// <inheritdoc/>
    [JsonIgnore] public override int VocabularySize => VocabSize;

    /// <inheritdoc/>
    internal override double WeightStd => InitializerRange;

    /// <inheritdoc/>
    [JsonIgnore] public override int HiddenSize => Hidden;

    /// <inheritdoc/>
    public override SequenceEncoder Build(Device? device = null) => new BertModel(this, device);

    /// <inheritdoc/>
    public override void Validate()
    {
        ValidateAttention(Hidden, Heads, "hidden_size", "num_attention_heads");
        if (VocabSize <= 0 || MaxPositionEmbeddings <= 0 || IntermediateSize <= 0 || TypeVocabSize <= 0 || Layers < 0)
            throw new ArgumentException("vocab_size, max_position_embeddings, intermediate_size and type_vocab_size must be positive, num_hidden_layers not negative");
        if (PositionEmbeddingType != "absolute")
            throw new ArgumentException($"position_embedding_type '{PositionEmbeddingType}' is not supported (only absolute)");
        Activation.Get(HiddenAct);
    }
}
