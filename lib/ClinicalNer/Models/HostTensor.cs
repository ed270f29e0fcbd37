using System.Runtime.InteropServices;
using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Models;

/// <summary>
/// Copies between tensors and C# arrays for the array-based CRF kernels. Contiguous CPU float32/float64 tensors
/// are read and written through spans and converted in C#: a libtorch dtype conversion of a few ten thousand
/// elements opens an OpenMP parallel region, which costs milliseconds whenever another process holds a core.
/// </summary>
internal static class HostTensor
{
    /// <summary>The tensor's values, row-major, as doubles on the host.</summary>
    public static double[] ToDoubles(Tensor t) => ToPaddedRows(t, LastDimension(t));

    /// <summary>
    /// The tensor's values as doubles, each row (last dimension) widened to <paramref name="padded"/> entries with
    /// zeros after it, in one pass.
    /// </summary>
    public static double[] ToPaddedRows(Tensor t, int padded)
    {
        using var scope = NewDisposeScope();
        var host = t.device_type == DeviceType.CPU && t.is_contiguous() ? t.detach() : t.detach().cpu().contiguous();
        if (host.dtype is not (ScalarType.Float32 or ScalarType.Float64)) host = host.to(ScalarType.Float64);
        var width = LastDimension(t);
        var rows = width == 0 ? 0 : (int)(host.numel() / width);
        var values = new double[rows * padded];
        if (host.dtype == ScalarType.Float32)
        {
            var floats = MemoryMarshal.Cast<byte, float>(host.bytes);
            for (var r = 0; r < rows; r++)
                for (var j = 0; j < width; j++) values[r * padded + j] = floats[r * width + j];
        }
        else
        {
            var doubles = MemoryMarshal.Cast<byte, double>(host.bytes);
            for (var r = 0; r < rows; r++) doubles.Slice(r * width, width).CopyTo(values.AsSpan(r * padded));
        }
        return values;
    }

    static int LastDimension(Tensor t) => t.dim() == 0 ? 1 : (int)t.shape[^1];

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
        using var scope = NewDisposeScope();
        Tensor host;
        if (dtype == ScalarType.Float32)
        {
            var floats = new float[values.Length];
            for (var i = 0; i < floats.Length; i++) floats[i] = (float)values[i];
            host = torch.tensor(floats, shape);
        }
        else
            host = torch.tensor(values, shape).to(dtype);
        return (device.type == DeviceType.CPU ? host : host.to(device)).MoveToOuterDisposeScope();
    }
}
