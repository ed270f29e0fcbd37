using static TorchSharp.torch;

namespace ClinicalNer.Models;

/// <summary>
/// The positions a mask selects in each row, moved to the left: gathering [B, T, ...] through it gives
/// [B, T', ...] where T' is the largest count and row b's first Lengths[b] entries are its selected positions.
/// </summary>
internal sealed class PackedPositions
{
    readonly Tensor index; // [B, T'] long: source position of each packed slot (0 in padding slots)

    /// <summary>Selected positions per row.</summary>
    public int[] Lengths { get; }

    /// <summary>[B, T'] bool: a prefix of Lengths[b] ones per row.</summary>
    public Tensor Mask { get; }

    PackedPositions(Tensor index, Tensor mask, int[] lengths) => (this.index, Mask, Lengths) = (index, mask, lengths);

    /// <summary>Packs the positions where <paramref name="mask"/> [B, T] is true.</summary>
    /// <exception cref="ArgumentException">A row selects no position.</exception>
    public static PackedPositions Create(Tensor mask)
    {
        var (batch, length) = ((int)mask.shape[0], (int)mask.shape[1]);
        var flags = HostTensor.ToLongs(mask);
        var lengths = new int[batch];
        for (var b = 0; b < batch; b++)
            lengths[b] = flags.AsSpan(b * length, length).Count(1L);
        var width = Math.Max(1, lengths.Max());
        var index = new long[batch * width];
        var packedMask = new bool[batch * width];
        for (var b = 0; b < batch; b++)
        {
            if (lengths[b] == 0) throw new ArgumentException($"sequence {b} has no labelled position", nameof(mask));
            var slot = 0;
            for (var t = 0; t < length; t++)
                if (flags[b * length + t] != 0)
                {
                    index[b * width + slot] = t;
                    packedMask[b * width + slot++] = true;
                }
        }
        return new PackedPositions(tensor(index, [batch, width]).to(mask.device), tensor(packedMask, [batch, width]).to(mask.device), lengths);
    }

    /// <summary>[B, T] or [B, T, F] -> [B, T'] or [B, T', F], the selected positions moved left.</summary>
    public Tensor Gather(Tensor source) => source.dim() == 2
        ? source.gather(1, index)
        : source.gather(1, index.unsqueeze(2).expand(index.shape[0], index.shape[1], source.shape[2]));
}
