using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders.BiLstm;

/// <summary>
/// The BiLSTM encoder of a BiLSTM-CRF: [token embedding ; character CNN of its word] -> dropout -> bidirectional
/// LSTM -> dropout. Each sequence is packed to its own length, so the backward LSTM starts at the sequence's last
/// token, not at padding, and a sentence's output does not depend on the batch it is in.
/// </summary>
public sealed class BiLstmEncoder : SequenceEncoder
{
#pragma warning disable IDE1006 // field names are the state-dict keys
    readonly Embedding word_embeddings;
    readonly WordDropout word_dropout;
    readonly CharacterCnn? char_cnn;
    readonly Dropout dropout;
    readonly LSTM lstm;
#pragma warning restore IDE1006
    readonly BiLstmConfig config;

    /// <summary>Builds the encoder with fresh weights: token embeddings uniform in ±sqrt(3 / width) (unit variance per vector), the LSTM's own initialisation.</summary>
    /// <param name="config">The architecture.</param>
    /// <param name="device">Where the weights live; <c>meta</c> for a structure without memory.</param>
    public BiLstmEncoder(BiLstmConfig config, Device? device = null) : base(nameof(BiLstmEncoder))
    {
        config.Validate();
        this.config = config;
        word_embeddings = nn.Embedding(config.VocabSize, config.EmbeddingSize, padding_idx: config.PadTokenId, device: device);
        word_dropout = new WordDropout(config.WordDropout);
        char_cnn = config.CharFilters > 0 ? new CharacterCnn(config.CharFilters, device) : null;
        dropout = nn.Dropout(config.Dropout);
        lstm = nn.LSTM(config.EmbeddingSize + config.CharFilters, config.LstmSize, numLayers: config.Layers, bidirectional: true,
                       batchFirst: true, dropout: config.Layers > 1 ? config.Dropout : 0, device: device);
        RegisterComponents();
        using var noGrad = no_grad();
        double bound = Math.Sqrt(3.0 / config.EmbeddingSize);
        nn.init.uniform_(word_embeddings.weight!, -bound, bound);
        HfInit.ZeroRow(word_embeddings, config.PadTokenId);
        char_cnn?.ZeroPadding();
    }

    /// <inheritdoc/>
    public override int HiddenSize => config.HiddenSize;

    /// <inheritdoc/>
    public override EncoderConfig Config => config;

    /// <summary>[B, T] token ids and [B, T] attention mask -> [B, T, 2 * lstm_size] (an encoder without characters).</summary>
    public override Tensor forward(Tensor inputIds, Tensor attentionMask) => Encode(inputIds, attentionMask, null);

    /// <inheritdoc/>
    /// <remarks>Sequences must be left-aligned (padding after the end), as the workbench's batches are.</remarks>
    public override Tensor Encode(Tensor inputIds, Tensor attentionMask, Tensor? characters)
    {
        using var scope = NewDisposeScope();
        var embedded = word_dropout.call(word_embeddings.call(inputIds)); // [B, T, E]
        if (char_cnn is not null)
        {
            var spelling = char_cnn.call(characters ?? throw new ArgumentException("this encoder reads characters: pass the [B, T, C] character ids"));
            embedded = cat([embedded, spelling], 2); // [B, T, E + F]
        }
        var lengths = AttentionCore.AsBool(attentionMask).sum(1L, type: ScalarType.Int64).cpu(); // [B]
        using var packed = nn.utils.rnn.pack_padded_sequence(dropout.call(embedded), lengths, batch_first: true, enforce_sorted: false);
        var (packedOutput, _, _) = lstm.call(packed);
        using var output = packedOutput;
        var (hidden, _) = nn.utils.rnn.pad_packed_sequence(output, batch_first: true, total_length: inputIds.shape[1]); // [B, T, 2H]
        return dropout.call(hidden).MoveToOuterDisposeScope();
    }
}
