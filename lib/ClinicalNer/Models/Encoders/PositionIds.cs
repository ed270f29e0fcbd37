using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders;

/// <summary>The learned-position indices 0..T-1 of a batch, checked against the model's table.</summary>
internal static class PositionIds
{
    /// <summary>[T] long positions on the ids' device.</summary>
    /// <exception cref="ArgumentException">T exceeds <paramref name="maxPositions"/> (say so instead of an index error deep in libtorch).</exception>
    public static Tensor For(Tensor inputIds, int maxPositions)
    {
        var length = inputIds.shape[1];
        if (length > maxPositions)
            throw new ArgumentException($"sequence length {length} exceeds max_position_embeddings ({maxPositions}); split longer inputs into windows", nameof(inputIds));
        return arange(length, device: inputIds.device);
    }
}
