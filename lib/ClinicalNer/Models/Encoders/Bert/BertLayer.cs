using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders.Bert;

/// <summary>One post-LayerNorm BERT layer (HF <c>encoder.layer.N</c>: attention, intermediate, output).</summary>
public sealed class BertLayer : nn.Module<Tensor, Tensor, Tensor>
{
#pragma warning disable IDE1006 // field names are the checkpoint's keys
    readonly BertAttention attention;
    readonly BertIntermediate intermediate;
    readonly BertResidualOutput output;
#pragma warning restore IDE1006

    /// <summary>Creates the module for <paramref name="config"/>.</summary>
    public BertLayer(BertConfig config, Device? device = null) : base(nameof(BertLayer))
    {
        attention = new BertAttention(config, device);
        intermediate = new BertIntermediate(config, device);
        output = new BertResidualOutput(config, config.IntermediateSize, device);
        RegisterComponents();
    }

    /// <summary>[B, T, hidden] and [B, T] bool key mask -> [B, T, hidden].</summary>
    public override Tensor forward(Tensor hidden, Tensor keyMask)
    {
        using var scope = NewDisposeScope();
        var attended = attention.call(hidden, keyMask);
        return output.call(intermediate.call(attended), attended).MoveToOuterDisposeScope();
    }
}
