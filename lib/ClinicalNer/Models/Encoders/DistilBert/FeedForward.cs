using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders.DistilBert;

/// <summary>DistilBERT's position-wise feed-forward network (HF <c>FFN</c>): lin1, activation, lin2, dropout.</summary>
public sealed class FeedForward : nn.Module<Tensor, Tensor>
{
#pragma warning disable IDE1006 // field names are the checkpoint's keys
    readonly Linear lin1;
    readonly Linear lin2;
    readonly Dropout dropout;
#pragma warning restore IDE1006
    readonly Func<Tensor, Tensor> activation;

    /// <summary>Creates the module for <paramref name="config"/>.</summary>
    public FeedForward(DistilBertConfig config, Device? device = null) : base(nameof(FeedForward))
    {
        lin1 = nn.Linear(config.Dim, config.HiddenDim, device: device);
        lin2 = nn.Linear(config.HiddenDim, config.Dim, device: device);
        dropout = nn.Dropout(config.Dropout);
        activation = Activation.Get(config.ActivationName);
        RegisterComponents();
    }

    /// <summary>[B, T, dim] -> [B, T, dim].</summary>
    public override Tensor forward(Tensor hidden)
    {
        using var scope = NewDisposeScope();
        return dropout.call(lin2.call(activation(lin1.call(hidden)))).MoveToOuterDisposeScope();
    }
}
