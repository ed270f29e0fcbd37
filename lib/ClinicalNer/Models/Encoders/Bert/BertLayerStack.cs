using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders.Bert;

/// <summary>BERT's stack of layers (HF <c>BertEncoder</c>, keys <c>encoder.layer.N.*</c>).</summary>
public sealed class BertLayerStack : nn.Module<Tensor, Tensor, Tensor>
{
#pragma warning disable IDE1006 // field names are the checkpoint's keys
    readonly ModuleList<BertLayer> layer;
#pragma warning restore IDE1006

    /// <summary>Creates the module for <paramref name="config"/>.</summary>
    public BertLayerStack(BertConfig config, Device? device = null) : base(nameof(BertLayerStack))
    {
        layer = nn.ModuleList(Enumerable.Range(0, config.Layers).Select(_ => new BertLayer(config, device)).ToArray());
        RegisterComponents();
    }

    /// <summary>[B, T, hidden] and [B, T] bool key mask -> [B, T, hidden].</summary>
    public override Tensor forward(Tensor hidden, Tensor keyMask)
    {
        using var scope = NewDisposeScope();
        foreach (var block in layer) hidden = block.call(hidden, keyMask);
        return hidden.MoveToOuterDisposeScope();
    }
}
