using System.Numerics;
using System.Runtime.InteropServices;

namespace ClinicalNer.Models;

/// <summary>
/// SIMD kernels over rows padded to a whole number of <see cref="Vector{T}"/> lanes, so that the CRF's inner
/// loops over tags have no scalar tail. Pad lanes hold zeros (or values the caller ignores).
/// </summary>
internal static class PaddedVector
{
    /// <summary>The smallest multiple of the SIMD width that holds <paramref name="length"/> doubles.</summary>
    public static int PaddedLength(int length) => (length + Vector<double>.Count - 1) / Vector<double>.Count * Vector<double>.Count;

    static Span<Vector<double>> Lanes(Span<double> x) => MemoryMarshal.Cast<double, Vector<double>>(x);

    static ReadOnlySpan<Vector<double>> Lanes(ReadOnlySpan<double> x) => MemoryMarshal.Cast<double, Vector<double>>(x);

    /// <summary>y += a * x.</summary>
    public static void AddScaled(ReadOnlySpan<double> x, double a, Span<double> y)
    {
        var xv = Lanes(x);
        var yv = Lanes(y);
        var av = new Vector<double>(a);
        for (var k = 0; k < yv.Length; k++) yv[k] += av * xv[k];
    }

    /// <summary>y = a * x * z (element-wise).</summary>
    public static void MultiplyScaled(ReadOnlySpan<double> x, ReadOnlySpan<double> z, double a, Span<double> y)
    {
        var xv = Lanes(x);
        var zv = Lanes(z);
        var yv = Lanes(y);
        var av = new Vector<double>(a);
        for (var k = 0; k < yv.Length; k++) yv[k] = av * xv[k] * zv[k];
    }

    /// <summary>y *= x (element-wise).</summary>
    public static void MultiplyInPlace(Span<double> y, ReadOnlySpan<double> x)
    {
        var xv = Lanes(x);
        var yv = Lanes(y);
        for (var k = 0; k < yv.Length; k++) yv[k] *= xv[k];
    }

    /// <summary>y *= a.</summary>
    public static void Scale(Span<double> y, double a)
    {
        var yv = Lanes(y);
        var av = new Vector<double>(a);
        for (var k = 0; k < yv.Length; k++) yv[k] *= av;
    }

    /// <summary>The sum of all lanes.</summary>
    public static double Sum(ReadOnlySpan<double> x)
    {
        var acc = Vector<double>.Zero;
        foreach (var v in Lanes(x)) acc += v;
        return Vector.Sum(acc);
    }

    /// <summary>The dot product of two rows of equal padded length.</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var xv = Lanes(x);
        var yv = Lanes(y);
        var acc = Vector<double>.Zero;
        for (var k = 0; k < xv.Length; k++) acc += xv[k] * yv[k];
        return Vector.Sum(acc);
    }

    /// <summary>
    /// For each lane j: if <c>offset + x[j]</c> beats <c>best[j]</c>, keep it and record <paramref name="index"/> in
    /// <c>argBest[j]</c> (one step of a vectorized max-plus product). Strict comparison keeps the first index on ties.
    /// </summary>
    public static void MaxPlus(double offset, ReadOnlySpan<double> x, double index, Span<double> best, Span<double> argBest)
    {
        var xv = Lanes(x);
        var bv = Lanes(best);
        var iv = Lanes(argBest);
        var ov = new Vector<double>(offset);
        var idx = new Vector<double>(index);
        for (var k = 0; k < bv.Length; k++)
        {
            var candidate = ov + xv[k];
            var better = Vector.GreaterThan(candidate, bv[k]);
            bv[k] = Vector.ConditionalSelect(better, candidate, bv[k]);
            iv[k] = Vector.ConditionalSelect(better, idx, iv[k]);
        }
    }
}
