using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders.Bert;

/// <summary>BERT's attention sub-layer (HF <c>attention</c>: <c>self</c> then <c>output</c>).</summary>
public sealed class BertAttention : nn.Module<Tensor, Tensor, Tensor>
{
#pragma warning disable IDE1006 // field names are the checkpoint's keys
    readonly BertSelfAttention self;
    readonly BertResidualOutput output;
#pragma warning restore IDE1006

    /// <summary>Creates the module for <paramref name="config"/>.</summary>
    public BertAttention(BertConfig config, Device? device = null) : base(nameof(BertAttention))
    {
        self = new BertSelfAttention(config, device);
        output = new BertResidualOutput(config, config.Hidden, device);
        RegisterComponents();
    }

    /// <summary>[B, T, hidden] and [B, T] bool key mask -> [B, T, hidden].</summary>
    public override Tensor forward(Tensor hidden, Tensor keyMask)
    {
        using var context = self.call(hidden, keyMask);
        return output.call(context, hidden);
    }
}
