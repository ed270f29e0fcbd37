using System.Text.Json.Serialization;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders.BiLstm;

/// <summary>
/// The classic BiLSTM-CRF encoder (Lample et al. 2016; NeuroNER): token embeddings and a character CNN of each
/// word, concatenated, then a bidirectional LSTM. Not a Hugging Face architecture: <c>model_type</c> is the
/// workbench's own <c>bilstm</c>, and the keys are named in the same style.
/// </summary>
public sealed record BiLstmConfig : EncoderConfig
{
    /// <summary>The <c>model_type</c> value.</summary>
    public const string Type = "bilstm";

    /// <summary>Rows of the token-embedding table.</summary>
    [JsonPropertyName("vocab_size")] public int VocabSize { get; init; }

    /// <summary>Width of a token embedding.</summary>
    [JsonPropertyName("embedding_size")] public int EmbeddingSize { get; init; } = 100;

    /// <summary>Features of the character CNN per word (0: no characters).</summary>
    [JsonPropertyName("char_filters")] public int CharFilters { get; init; } = 50;

    /// <summary>LSTM units per direction; the output is twice as wide.</summary>
    [JsonPropertyName("lstm_size")] public int LstmSize { get; init; } = 100;

    /// <summary>Stacked bidirectional LSTM layers.</summary>
    [JsonPropertyName("num_layers")] public int Layers { get; init; } = 1;

    /// <summary>Dropout on the LSTM's input and output (Lample et al.: 0.5).</summary>
    [JsonPropertyName("dropout")] public double Dropout { get; init; } = 0.5;

    /// <summary>Probability of zeroing a token embedding while training (<see cref="Models.Encoders.WordDropout"/>).</summary>
    [JsonPropertyName("word_dropout")] public double WordDropout { get; init; }

    /// <summary>Id of the padding token (its embedding row is zero).</summary>
    [JsonPropertyName("pad_token_id")] public int PadTokenId { get; init; }

    /// <summary>Standard deviation of the head put on the encoder (the classifier).</summary>
    [JsonPropertyName("initializer_range")] public double InitializerRange { get; init; } = 0.02;

    /// <inheritdoc/>
    [JsonIgnore]
    public override string ModelType => Type;

    /// <inheritdoc/>
    [JsonIgnore]
    public override int VocabularySize => VocabSize;

    /// <inheritdoc/>
    [JsonIgnore]
    public override int HiddenSize => 2 * LstmSize;

    /// <inheritdoc/>
    [JsonIgnore]
    public override bool ReadsCharacters => CharFilters > 0;

    /// <inheritdoc/>
    internal override double WeightStd => InitializerRange;

    /// <summary>
    /// A named size: <c>tiny</c> (16-wide embeddings and LSTM, 8 character features: for tests) or the standard one
    /// of Lample et al. for every other name (embeddings 100, characters 50, LSTM 100 per direction).
    /// </summary>
    /// <param name="size">The size.</param>
    /// <param name="vocabSize">Vocabulary size.</param>
    public static BiLstmConfig Size(ModelSize size, int vocabSize) => size == ModelSize.Tiny
        ? new BiLstmConfig { VocabSize = vocabSize, EmbeddingSize = 16, CharFilters = 8, LstmSize = 16 }
        : new BiLstmConfig { VocabSize = vocabSize };

    /// <inheritdoc/>
    public override SequenceEncoder Build(Device? device = null) => new BiLstmEncoder(this, device);

    /// <inheritdoc/>
    public override void Validate()
    {
        if (VocabSize <= 0 || EmbeddingSize <= 0 || LstmSize <= 0 || Layers <= 0 || CharFilters < 0)
            throw new ArgumentException("vocab_size, embedding_size, lstm_size and num_layers must be positive, char_filters not negative");
        if (Dropout is < 0 or >= 1) throw new ArgumentException($"dropout must be in [0, 1), not {Dropout}");
        if (WordDropout is < 0 or >= 1) throw new ArgumentException($"word_dropout must be in [0, 1), not {WordDropout}");
    }
}
