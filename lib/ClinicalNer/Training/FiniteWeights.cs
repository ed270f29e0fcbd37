using ClinicalNer.Training.Settings;
using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Training;

/// <summary>
/// Whether a model's weights are all finite. A run whose weights turned NaN or infinite keeps "training" and predicts
/// nothing at all; checked at the end of every epoch and when a model is loaded, it costs one reduction per tensor.
/// </summary>
public static class FiniteWeights
{
    /// <summary>The name of the first parameter holding a NaN or an infinity, or null when all are finite.</summary>
    public static string? FirstNonFinite(nn.Module module)
    {
        using var scope = NewDisposeScope();
        foreach (var (name, parameter) in module.named_parameters())
            if (!parameter.isfinite().all().item<bool>()) return name;
        return null;
    }
}
