using System.Runtime.InteropServices;
using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Models;

/// <summary>Copies between tensors and C# arrays for the array-based CRF kernels.</summary>
internal static class HostTensor
{
    /// <summary>The tensor's values, row-major, as doubles on the host (a span copy, no per-element accessor).</summary>
    public static double[] ToDoubles(Tensor t)
    {
        using var scope = NewDisposeScope();
        var host = t.detach().to(ScalarType.Float64, CPU).contiguous();
        return MemoryMarshal.Cast<byte, double>(host.bytes).ToArray();
    }

    /// <summary>The tensor's values, row-major, as 64-bit integers on the host.</summary>
    public static long[] ToLongs(Tensor t)
    {
        using var scope = NewDisposeScope();
        var host = t.detach().to(ScalarType.Int64, CPU).contiguous();
        return MemoryMarshal.Cast<byte, long>(host.bytes).ToArray();
    }

    /// <summary>A new tensor of the given dtype and device holding <paramref name="values"/> in <paramref name="shape"/>.</summary>
    public static Tensor FromDoubles(double[] values, long[] shape, ScalarType dtype, Device device)
    {
        using var host = torch.tensor(values, shape);
        return host.to(dtype, device);
    }
}
