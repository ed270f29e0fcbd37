using System.Numerics;
using System.Runtime.InteropServices;

namespace ClinicalNer.Models.Crf;

/// <summary>
/// SIMD kernels of the CRF over rows padded to a whole number of <see cref="Vector{T}"/> lanes, so that the
/// loops over "to" tags have no scalar tail. Matrices are [K, padded] row-major (row = "from" tag); pad lanes
/// hold zeros, or values the caller never reads. Each kernel is a whole matrix operation so that spans are
/// cast once per step rather than once per row.
/// </summary>
internal static class PaddedVector
{
    /// <summary>The smallest multiple of the SIMD width that holds <paramref name="length"/> doubles.</summary>
    public static int PaddedLength(int length) => (length + Vector<double>.Count - 1) / Vector<double>.Count * Vector<double>.Count;

    static Span<Vector<double>> Lanes(Span<double> x) => MemoryMarshal.Cast<double, Vector<double>>(x);

    static ReadOnlySpan<Vector<double>> Lanes(ReadOnlySpan<double> x) => MemoryMarshal.Cast<double, Vector<double>>(x);

    /// <summary>y = exp(x - shift), lane-wise.</summary>
    public static void ShiftedExp(ReadOnlySpan<double> x, double shift, Span<double> y)
    {
        var xv = Lanes(x);
        var yv = Lanes(y);
        var sv = new Vector<double>(shift);
        for (var k = 0; k < yv.Length; k++) yv[k] = Vector.Exp(xv[k] - sv);
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

    /// <summary>y *= x (element-wise), then returns the sum of y.</summary>
    public static double MultiplyAndSum(Span<double> y, ReadOnlySpan<double> x)
    {
        var xv = Lanes(x);
        var yv = Lanes(y);
        var acc = Vector<double>.Zero;
        for (var k = 0; k < yv.Length; k++)
        {
            yv[k] *= xv[k];
            acc += yv[k];
        }
        return Vector.Sum(acc);
    }

    /// <summary>The sum of all lanes.</summary>
    public static double Sum(ReadOnlySpan<double> x)
    {
        var acc = Vector<double>.Zero;
        foreach (var v in Lanes(x)) acc += v;
        return Vector.Sum(acc);
    }

    /// <summary>y = a * x.</summary>
    public static void ScaledCopy(ReadOnlySpan<double> x, double a, Span<double> y)
    {
        var xv = Lanes(x);
        var yv = Lanes(y);
        var av = new Vector<double>(a);
        for (var k = 0; k < yv.Length; k++) yv[k] = av * xv[k];
    }

    /// <summary>y *= a.</summary>
    public static void Scale(Span<double> y, double a)
    {
        var yv = Lanes(y);
        var av = new Vector<double>(a);
        for (var k = 0; k < yv.Length; k++) yv[k] *= av;
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

    /// <summary>y[j] = sum over i &lt; rows of x[i] * m[i, j]: a row vector times a matrix (the forward recursion).</summary>
    public static void VectorMatrix(ReadOnlySpan<double> x, ReadOnlySpan<double> m, int rows, Span<double> y)
    {
        var mv = Lanes(m);
        var yv = Lanes(y);
        var width = yv.Length;
        yv.Clear();
        for (var i = 0; i < rows; i++)
        {
            var xi = new Vector<double>(x[i]);
            var row = mv.Slice(i * width, width);
            for (var k = 0; k < width; k++) yv[k] += xi * row[k];
        }
    }

    /// <summary>y[i] = sum over j of m[i, j] * x[j] for i &lt; rows: a matrix times a column vector (the backward recursion).</summary>
    public static void MatrixVector(ReadOnlySpan<double> m, int rows, ReadOnlySpan<double> x, Span<double> y)
    {
        var mv = Lanes(m);
        var xv = Lanes(x);
        var width = xv.Length;
        for (var i = 0; i < rows; i++)
        {
            var row = mv.Slice(i * width, width);
            var acc = Vector<double>.Zero;
            for (var k = 0; k < width; k++) acc += row[k] * xv[k];
            y[i] = Vector.Sum(acc);
        }
    }

    /// <summary>m[i, j] += a * x[i] * y[j] for i &lt; rows: a scaled outer product (expected transition counts).</summary>
    public static void AddOuter(ReadOnlySpan<double> x, double a, ReadOnlySpan<double> y, int rows, Span<double> m)
    {
        var yv = Lanes(y);
        var mv = Lanes(m);
        var width = yv.Length;
        for (var i = 0; i < rows; i++)
        {
            var xi = new Vector<double>(a * x[i]);
            var row = mv.Slice(i * width, width);
            for (var k = 0; k < width; k++) row[k] += xi * yv[k];
        }
    }

    /// <summary>
    /// best[j] = max over i &lt; rows of x[i] + m[i, j]: a max-plus vector-matrix product (one Viterbi step).
    /// No arg-max is tracked here: the decoder recovers it for the one tag it backtracks through.
    /// </summary>
    public static void MaxPlus(ReadOnlySpan<double> x, ReadOnlySpan<double> m, int rows, Span<double> best)
    {
        var mv = Lanes(m);
        var bv = Lanes(best);
        var width = bv.Length;
        bv.Fill(new Vector<double>(double.NegativeInfinity));
        for (var i = 0; i < rows; i++)
        {
            var xi = new Vector<double>(x[i]);
            var row = mv.Slice(i * width, width);
            for (var k = 0; k < width; k++) bv[k] = Vector.Max(bv[k], xi + row[k]);
        }
    }
}
