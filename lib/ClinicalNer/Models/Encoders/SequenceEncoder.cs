using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders;

/// <summary>
/// A Transformer encoder from token ids to contextual vectors: (input_ids [B, T] long, attention_mask [B, T]
/// bool or 0/1) -> last hidden state [B, T, H]. Subclasses keep Hugging Face's module names, so that their
/// state-dict keys are a checkpoint's keys without the model prefix.
/// </summary>
public abstract class SequenceEncoder : nn.Module<Tensor, Tensor, Tensor>
{
    /// <summary>Creates the module.</summary>
    /// <param name="name">The module's name.</param>
    protected SequenceEncoder(string name) : base(name) { }

    /// <summary>Width H of the output vectors.</summary>
    public abstract int HiddenSize { get; }

    /// <summary>The configuration the encoder was built from.</summary>
    public abstract EncoderConfig Config { get; }

    /// <summary>
    /// Like <c>forward</c>, with the [B, T, C] character ids of each position's word for an encoder that reads them
    /// (<see cref="EncoderConfig.ReadsCharacters"/>); others ignore <paramref name="characters"/>.
    /// </summary>
    public virtual Tensor Encode(Tensor inputIds, Tensor attentionMask, Tensor? characters) => call(inputIds, attentionMask);
}
