using ClinicalNer.Runtime;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders.Bert;

/// <summary>
/// BERT's sub-layer output (HF <c>BertSelfOutput</c> and <c>BertOutput</c>, which differ only in input width):
/// dense, dropout, then LayerNorm of the sum with the sub-layer's input.
/// </summary>
public sealed class BertResidualOutput : nn.Module<Tensor, Tensor, Tensor>
{
#pragma warning disable IDE1006 // field names are the checkpoint's keys
    readonly Linear dense;
    readonly LayerNorm LayerNorm;
    readonly Dropout dropout;
#pragma warning restore IDE1006

    /// <summary>Creates the module.</summary>
    /// <param name="config">The architecture.</param>
    /// <param name="inputWidth">hidden_size after attention, intermediate_size after the feed-forward layer.</param>
    /// <param name="device">Where the weights live.</param>
    public BertResidualOutput(BertConfig config, int inputWidth, Device? device = null) : base(nameof(BertResidualOutput))
    {
        dense = nn.Linear(inputWidth, config.Hidden, device: device);
        LayerNorm = nn.LayerNorm(config.Hidden, config.LayerNormEps, device: device);
        dropout = nn.Dropout(config.HiddenDropout);
        RegisterComponents();
    }

    /// <summary>[B, T, inputWidth] sub-layer output and [B, T, hidden] residual -> [B, T, hidden].</summary>
    public override Tensor forward(Tensor hidden, Tensor residual)
    {
        using var scope = NewDisposeScope();
        return LayerNorm.call(dropout.call(dense.call(hidden)).Plus(residual)).MoveToOuterDisposeScope();
    }
}
