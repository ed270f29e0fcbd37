using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders.DistilBert;

/// <summary>DistilBERT's self-attention: q_lin, k_lin, v_lin projections, masked scaled dot products, out_lin.</summary>
public sealed class MultiHeadSelfAttention : nn.Module<Tensor, Tensor, Tensor>
{
#pragma warning disable IDE1006 // field names are the checkpoint's keys
    readonly Linear q_lin;
    readonly Linear k_lin;
    readonly Linear v_lin;
    readonly Linear out_lin;
#pragma warning restore IDE1006
    readonly int heads;
    readonly double attentionDropout;

    /// <summary>Creates the module for <paramref name="config"/>.</summary>
    public MultiHeadSelfAttention(DistilBertConfig config, Device? device = null) : base(nameof(MultiHeadSelfAttention))
    {
        q_lin = nn.Linear(config.Dim, config.Dim, device: device);
        k_lin = nn.Linear(config.Dim, config.Dim, device: device);
        v_lin = nn.Linear(config.Dim, config.Dim, device: device);
        out_lin = nn.Linear(config.Dim, config.Dim, device: device);
        heads = config.Heads;
        attentionDropout = config.AttentionDropout;
        RegisterComponents();
    }

    /// <summary>[B, T, dim] hidden states and [B, T] bool key mask -> [B, T, dim].</summary>
    public override Tensor forward(Tensor hidden, Tensor keyMask)
    {
        using var context = AttentionCore.Context(q_lin.call(hidden), k_lin.call(hidden), v_lin.call(hidden), keyMask, heads, attentionDropout, training);
        return out_lin.call(context);
    }
}
