using System.Numerics;

namespace ClinicalNer.Metrics.Reports;

/// <summary>
/// Fixed-point formatting as Python's <c>format(x, '.Nf')</c> does it: the exact binary value rounded half to even.
/// .NET's "F" format rounds exact ties (0.03125 → "0.0313") away from zero, which would make a report differ from
/// scikit-learn's in the last digit.
/// </summary>
internal static class PythonFormat
{
    /// <summary><paramref name="value"/> (finite, non-negative) with <paramref name="digits"/> decimals.</summary>
    public static string Fixed(double value, int digits)
    {
        if (!double.IsFinite(value) || value < 0)
            throw new ArgumentOutOfRangeException(nameof(value), value, "expected a finite non-negative score");
        long bits = BitConverter.DoubleToInt64Bits(value);
        int exponent = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        // value = mantissa * 2^power exactly
        BigInteger mantissa = exponent == 0 ? fraction : fraction | (1L << 52);
        int power = exponent == 0 ? -1074 : exponent - 1075;
        BigInteger scaled = mantissa * BigInteger.Pow(10, digits);
        BigInteger units;
        if (power >= 0) units = scaled << power;
        else
        {
            units = scaled >> -power;
            BigInteger remainder = scaled - (units << -power);
            BigInteger half = BigInteger.One << (-power - 1);
            if (remainder > half || (remainder == half && !units.IsEven)) units += 1;
        }
        string text = units.ToString().PadLeft(digits + 1, '0');
        return digits == 0 ? text : text[..^digits] + "." + text[^digits..];
    }
}
