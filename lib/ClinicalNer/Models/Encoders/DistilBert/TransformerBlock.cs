using ClinicalNer.Runtime;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders.DistilBert;

/// <summary>DistilBERT's post-LayerNorm block: attention + residual -> sa_layer_norm, ffn + residual -> output_layer_norm.</summary>
public sealed class TransformerBlock : nn.Module<Tensor, Tensor, Tensor>
{
#pragma warning disable IDE1006 // field names are the checkpoint's keys
    readonly MultiHeadSelfAttention attention;
    readonly LayerNorm sa_layer_norm;
    readonly FeedForward ffn;
    readonly LayerNorm output_layer_norm;
#pragma warning restore IDE1006

    /// <summary>Creates the module for <paramref name="config"/>.</summary>
    public TransformerBlock(DistilBertConfig config, Device? device = null) : base(nameof(TransformerBlock))
    {
        attention = new MultiHeadSelfAttention(config, device);
        sa_layer_norm = nn.LayerNorm(config.Dim, DistilBertConfig.LayerNormEps, device: device);
        ffn = new FeedForward(config, device);
        output_layer_norm = nn.LayerNorm(config.Dim, DistilBertConfig.LayerNormEps, device: device);
        RegisterComponents();
    }

    /// <summary>[B, T, dim] hidden states and [B, T] bool key mask -> [B, T, dim].</summary>
    public override Tensor forward(Tensor hidden, Tensor keyMask)
    {
        using var scope = NewDisposeScope();
        var attended = sa_layer_norm.call(attention.call(hidden, keyMask).Plus(hidden));
        return output_layer_norm.call(ffn.call(attended).Plus(attended)).MoveToOuterDisposeScope();
    }
}
