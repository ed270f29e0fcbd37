using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClinicalNer.Models;

/// <summary>
/// Hugging Face's <c>_init_weights</c> for BERT-family models: linear and embedding weights from
/// normal(0, initializer_range), biases zero, LayerNorm weight one and bias zero.
/// </summary>
internal static class HfInit
{
    /// <summary>Initialises every linear, embedding and LayerNorm module under <paramref name="root"/>.</summary>
    public static void Apply(nn.Module root, double initializerRange)
    {
        using var noGrad = no_grad();
        foreach (var module in root.modules())
            switch (module)
            {
                case Linear linear:
                    nn.init.normal_(linear.weight, 0, initializerRange);
                    if (linear.bias is not null) nn.init.zeros_(linear.bias);
                    break;
                case Embedding embedding:
                    nn.init.normal_(embedding.weight, 0, initializerRange);
                    break;
                case LayerNorm norm:
                    nn.init.ones_(norm.weight);
                    nn.init.zeros_(norm.bias);
                    break;
            }
    }

    /// <summary>Zeroes the padding token's row, as nn.Embedding(padding_idx) does at creation.</summary>
    public static void ZeroRow(Embedding embedding, long row)
    {
        using var noGrad = no_grad();
        embedding.weight![row].zero_();
    }
}
