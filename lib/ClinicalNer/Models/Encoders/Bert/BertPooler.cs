using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders.Bert;

/// <summary>BERT's pooler (HF <c>pooler.dense</c>): tanh(dense(first token)). Not used for tagging, but part of checkpoints and of the paper's parameter counts.</summary>
public sealed class BertPooler : nn.Module<Tensor, Tensor>
{
#pragma warning disable IDE1006 // field names are the checkpoint's keys
    readonly Linear dense;
#pragma warning restore IDE1006

    /// <summary>Creates the module for <paramref name="config"/>.</summary>
    public BertPooler(BertConfig config, Device? device = null) : base(nameof(BertPooler))
    {
        dense = nn.Linear(config.Hidden, config.Hidden, device: device);
        RegisterComponents();
    }

    /// <summary>[B, T, hidden] -> [B, hidden].</summary>
    public override Tensor forward(Tensor hidden)
    {
        using var scope = NewDisposeScope();
        return dense.call(hidden[.., 0]).tanh().MoveToOuterDisposeScope();
    }
}
