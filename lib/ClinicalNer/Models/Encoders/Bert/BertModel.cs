using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders.Bert;

/// <summary>
/// The BERT encoder (HF <c>BertModel</c>): <c>embeddings.*</c>, <c>encoder.layer.N.*</c> and <c>pooler.dense</c>,
/// exactly Hugging Face's parameter names, so BERT checkpoints (prefix <c>bert.</c> removed) load as they are.
/// </summary>
public sealed class BertModel : SequenceEncoder
{
#pragma warning disable IDE1006 // field names are the checkpoint's keys
    readonly BertEmbeddings embeddings;
    readonly BertLayerStack encoder;
    readonly BertPooler pooler;
#pragma warning restore IDE1006
    readonly BertConfig config;

    /// <summary>Builds the encoder with Hugging Face's initialisation.</summary>
    /// <param name="config">The architecture.</param>
    /// <param name="device">Where the weights live; <c>meta</c> for a structure without memory.</param>
    public BertModel(BertConfig config, Device? device = null) : base(nameof(BertModel))
    {
        config.Validate();
        this.config = config;
        embeddings = new BertEmbeddings(config, device);
        encoder = new BertLayerStack(config, device);
        pooler = new BertPooler(config, device);
        RegisterComponents();
        HfInit.Apply(this, config.WeightStd);
        HfInit.ZeroRow(embeddings.WordEmbeddings, config.PadTokenId);
    }

    /// <inheritdoc/>
    public override int HiddenSize => config.Hidden;

    /// <inheritdoc/>
    public override EncoderConfig Config => config;

    /// <summary>[B, T] token ids and [B, T] attention mask (bool or 0/1) -> last hidden state [B, T, hidden] (the pooler is not run).</summary>
    public override Tensor forward(Tensor inputIds, Tensor attentionMask)
    {
        using var scope = NewDisposeScope();
        var keyMask = AttentionCore.AsBool(attentionMask);
        return encoder.call(embeddings.call(inputIds), keyMask).MoveToOuterDisposeScope();
    }

    /// <summary>The pooled first-token vector [B, hidden] of a last hidden state [B, T, hidden].</summary>
    public Tensor Pool(Tensor lastHiddenState) => pooler.call(lastHiddenState);
}
