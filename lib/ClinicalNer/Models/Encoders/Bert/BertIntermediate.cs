using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders.Bert;

/// <summary>BERT's feed-forward expansion (HF <c>intermediate</c>): dense to intermediate_size, then the activation.</summary>
public sealed class BertIntermediate : nn.Module<Tensor, Tensor>
{
#pragma warning disable IDE1006 // field names are the checkpoint's keys
    readonly Linear dense;
#pragma warning restore IDE1006
    readonly Func<Tensor, Tensor> activation;

    /// <summary>Creates the module for <paramref name="config"/>.</summary>
    public BertIntermediate(BertConfig config, Device? device = null) : base(nameof(BertIntermediate))
    {
        dense = nn.Linear(config.Hidden, config.IntermediateSize, device: device);
        activation = Activation.Get(config.HiddenAct);
        RegisterComponents();
    }

    /// <summary>[B, T, hidden] -> [B, T, intermediate_size].</summary>
    public override Tensor forward(Tensor hidden)
    {
        using var projected = dense.call(hidden);
        return activation(projected);
    }
}
