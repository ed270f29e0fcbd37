using System.Text.Json.Serialization;
using ClinicalNer.Training.Settings;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders.DistilBert;

/// <summary>
/// A DistilBERT architecture with the keys of Hugging Face's <c>DistilBertConfig</c> (defaults are its
/// defaults, except the vocabulary: 28,996, the cased BERT vocabulary the paper's from-scratch model used).
/// </summary>
public sealed record DistilBertConfig : EncoderConfig
{
    /// <summary>The <c>model_type</c> value.</summary>
    public const string Type = "distilbert";

    /// <summary>Rows of the word-embedding table.</summary>
    [JsonPropertyName("vocab_size")] public int VocabSize { get; init; } = 28996;

    /// <summary>Learned absolute positions.</summary>
    [JsonPropertyName("max_position_embeddings")] public int MaxPositionEmbeddings { get; init; } = 512;

    /// <summary>
    /// Absolute learned positions (DistilBERT, the paper) or relative ones in the attention (BERT's <c>relative_key</c>,
    /// <c>relative_key_query</c>; then no absolute table). Not a DistilBERT key: the workbench's from-scratch models
    /// take it from BERT's config; absent means absolute.
    /// </summary>
    [JsonPropertyName("position_embedding_type")] public PositionEmbeddingType PositionEmbeddingType { get; init; }

    /// <summary>Sinusoidal (fixed) position embeddings; only false (learned) is supported.</summary>
    [JsonPropertyName("sinusoidal_pos_embds")] public bool SinusoidalPositionEmbeddings { get; init; }

    /// <summary>Number of Transformer blocks.</summary>
    [JsonPropertyName("n_layers")] public int Layers { get; init; } = 6;

    /// <summary>Attention heads per block.</summary>
    [JsonPropertyName("n_heads")] public int Heads { get; init; } = 12;

    /// <summary>Model width.</summary>
    [JsonPropertyName("dim")] public int Dim { get; init; } = 768;

    /// <summary>Width of the feed-forward layer.</summary>
    [JsonPropertyName("hidden_dim")] public int HiddenDim { get; init; } = 3072;

    /// <summary>Dropout on embeddings and feed-forward outputs.</summary>
    [JsonPropertyName("dropout")] public double Dropout { get; init; } = 0.1;

    /// <summary>Dropout on attention weights.</summary>
    [JsonPropertyName("attention_dropout")] public double AttentionDropout { get; init; } = 0.1;

    /// <summary>Feed-forward activation (<c>gelu</c> = erf form).</summary>
    [JsonPropertyName("activation")] public string ActivationName { get; init; } = "gelu";

    /// <summary>Standard deviation of the initial weights.</summary>
    [JsonPropertyName("initializer_range")] public double InitializerRange { get; init; } = 0.02;

    /// <summary>Id of the padding token (its embedding row starts at zero).</summary>
    [JsonPropertyName("pad_token_id")] public int PadTokenId { get; init; }

    /// <summary>
    /// A character CNN over each position's word (<see cref="CharacterCnn"/>) whose features, projected to the
    /// model's width, are added to the token and position embeddings. Not in DistilBERT or the paper: the CPU preset
    /// turns it on (<c>train --char-cnn</c>), <c>--preset paper</c> leaves it off.
    /// </summary>
    [JsonPropertyName("char_cnn")] public bool CharCnn { get; init; }

    /// <summary>
    /// Probability that a position's token embedding is zeroed while training (word dropout, Lample et al. 2016), so
    /// that the model learns to tag from context and spelling, not only from the sub-token's identity. Not in the paper.
    /// </summary>
    [JsonPropertyName("word_dropout")] public double WordDropout { get; init; }

    /// <summary>DistilBERT's LayerNorm epsilon (fixed in its code, not in its config).</summary>
    public const double LayerNormEps = 1e-12;

    /// <inheritdoc/>
    [JsonIgnore] public override string ModelType => Type;

    /// <inheritdoc/>
    [JsonIgnore] public override int VocabularySize => VocabSize;

    /// <inheritdoc/>
    internal override double WeightStd => InitializerRange;

    /// <inheritdoc/>
    [JsonIgnore] public override int HiddenSize => Dim;

    /// <inheritdoc/>
    [JsonIgnore]
    public override bool ReadsCharacters => CharCnn;

    /// <summary>
    /// A named architecture: <c>tiny</c> (width 32, 2 layers: trains in seconds, for tests and CI), <c>mini</c>
    /// (64, 4 layers, FFN 256: the CPU preset's Transformer; width 128 overfitted the small real corpora, and 4 layers
    /// beat 2 on BioNLP13CG over three seeds), <c>small</c>
    /// (256, 4 layers: minutes per epoch on 2 CPU cores), <c>paper</c> (768, 6 layers, 12 heads, FFN 3072: the paper's
    /// default DistilBERT). All learn positions up to 512.
    /// </summary>
    /// <param name="size">The size.</param>
    /// <param name="vocabSize">Vocabulary size; the cased BERT vocabulary's 28,996 when not given.</param>
    public static DistilBertConfig Size(ModelSize size, int? vocabSize = null)
    {
        var config = size switch
        {
            ModelSize.Tiny => new DistilBertConfig { Dim = 32, Layers = 2, Heads = 2, HiddenDim = 64 },
            ModelSize.Mini => new DistilBertConfig { Dim = 64, Layers = 4, Heads = 2, HiddenDim = 256 },
            ModelSize.Small => new DistilBertConfig { Dim = 256, Layers = 4, Heads = 4, HiddenDim = 1024 },
            _ => new DistilBertConfig(),
        };
        return vocabSize is { } v ? config with { VocabSize = v } : config;
    }

    /// <inheritdoc/>
    public override SequenceEncoder Build(Device? device = null) => new DistilBertModel(this, device);

    /// <inheritdoc/>
    public override void Validate()
    {
        ValidateAttention(Dim, Heads, "dim", "n_heads");
        if (VocabSize <= 0 || MaxPositionEmbeddings <= 0 || Layers < 0 || HiddenDim <= 0)
            throw new ArgumentException("vocab_size, max_position_embeddings and hidden_dim must be positive, n_layers not negative");
        if (WordDropout is < 0 or >= 1) throw new ArgumentException($"word_dropout must be in [0, 1), not {WordDropout}");
        if (SinusoidalPositionEmbeddings)
            throw new ArgumentException("sinusoidal_pos_embds = true is not supported (only learned positions)");
        Activation.Get(ActivationName);
    }
}
