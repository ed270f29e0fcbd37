using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders.DistilBert;

/// <summary>
/// The DistilBERT encoder (HF <c>DistilBertModel</c>): <c>embeddings.*</c> and <c>transformer.layer.N.*</c>,
/// exactly Hugging Face's parameter names, so DistilBERT checkpoints (prefix <c>distilbert.</c> removed) load as they are.
/// </summary>
public sealed class DistilBertModel : SequenceEncoder
{
#pragma warning disable IDE1006 // field names are the checkpoint's keys
    readonly DistilBertEmbeddings embeddings;
    readonly DistilBertTransformer transformer;
#pragma warning restore IDE1006
    readonly DistilBertConfig config;

    /// <summary>Builds the encoder with Hugging Face's initialisation.</summary>
    /// <param name="config">The architecture.</param>
    /// <param name="device">Where the weights live; <c>meta</c> for a structure without memory.</param>
    public DistilBertModel(DistilBertConfig config, Device? device = null) : base(nameof(DistilBertModel))
    {
        config.Validate();
        this.config = config;
        embeddings = new DistilBertEmbeddings(config, device);
        transformer = new DistilBertTransformer(config, device);
        RegisterComponents();
        HfInit.Apply(this, config.WeightStd);
        HfInit.ZeroRow(embeddings.WordEmbeddings, config.PadTokenId);
        if (embeddings.CharCnn is { } characters) characters.ZeroPadding();
    }

    /// <inheritdoc/>
    public override int HiddenSize => config.Dim;

    /// <inheritdoc/>
    public override EncoderConfig Config => config;

    /// <summary>[B, T] token ids and [B, T] attention mask (bool or 0/1) -> last hidden state [B, T, dim].</summary>
    public override Tensor forward(Tensor inputIds, Tensor attentionMask) => Encode(inputIds, attentionMask, null);

    /// <inheritdoc/>
    public override Tensor Encode(Tensor inputIds, Tensor attentionMask, Tensor? characters)
    {
        using var scope = NewDisposeScope();
        var keyMask = AttentionCore.AsBool(attentionMask);
        return transformer.call(embeddings.Embed(inputIds, characters), keyMask).MoveToOuterDisposeScope();
    }
}
