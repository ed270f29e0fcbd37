using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders.DistilBert;

/// <summary>DistilBERT's stack of <see cref="TransformerBlock"/>s (HF <c>Transformer</c>, keys <c>layer.N.*</c>).</summary>
public sealed class DistilBertTransformer : nn.Module<Tensor, Tensor, Tensor>
{
#pragma warning disable IDE1006 // field names are the checkpoint's keys
    readonly ModuleList<TransformerBlock> layer;
#pragma warning restore IDE1006

    /// <summary>Creates the module for <paramref name="config"/>.</summary>
    public DistilBertTransformer(DistilBertConfig config, Device? device = null) : base(nameof(DistilBertTransformer))
    {
        layer = nn.ModuleList(Enumerable.Range(0, config.Layers).Select(_ => new TransformerBlock(config, device)).ToArray());
        RegisterComponents();
    }

    /// <summary>[B, T, dim] hidden states and [B, T] bool key mask -> [B, T, dim].</summary>
    public override Tensor forward(Tensor hidden, Tensor keyMask)
    {
        using var scope = NewDisposeScope();
        foreach (var block in layer) hidden = block.call(hidden, keyMask);
        return hidden.MoveToOuterDisposeScope();
    }
}
