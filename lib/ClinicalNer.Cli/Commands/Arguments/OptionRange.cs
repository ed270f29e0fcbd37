using System.CommandLine;
using System.Globalization;
using System.Numerics;

namespace ClinicalNer.Cli.Commands.Arguments;

/// <summary>
/// Bounds on numeric options, checked while the command line is parsed: a value out of range (<c>--clip -1</c>,
/// <c>--threads -5</c>) is refused there, with the allowed range, before any work starts, rather than silently
/// meaning something else or failing deep inside a run. Each call adds one bound; chain two for an interval.
/// </summary>
static class OptionRange
{
    /// <summary>Values below <paramref name="minimum"/> are refused.</summary>
    public static Option<T> AtLeast<T>(this Option<T> option, T minimum) where T : struct, INumber<T> =>
        Bound<T, T>(option, v => v, v => v >= minimum, $"at least {Show(minimum)}");

    /// <inheritdoc cref="AtLeast{T}(Option{T}, T)"/>
    public static Option<T?> AtLeast<T>(this Option<T?> option, T minimum) where T : struct, INumber<T> =>
        Bound<T?, T>(option, v => v, v => v >= minimum, $"at least {Show(minimum)}");

    /// <summary>Values above <paramref name="maximum"/> are refused.</summary>
    public static Option<T> AtMost<T>(this Option<T> option, T maximum) where T : struct, INumber<T> =>
        Bound<T, T>(option, v => v, v => v <= maximum, $"at most {Show(maximum)}");

    /// <inheritdoc cref="AtMost{T}(Option{T}, T)"/>
    public static Option<T?> AtMost<T>(this Option<T?> option, T maximum) where T : struct, INumber<T> =>
        Bound<T?, T>(option, v => v, v => v <= maximum, $"at most {Show(maximum)}");

    /// <summary>Values at or below <paramref name="minimum"/>, and infinities, are refused.</summary>
    public static Option<T> Above<T>(this Option<T> option, T minimum) where T : struct, INumber<T> =>
        Bound<T, T>(option, v => v, v => v > minimum && T.IsFinite(v), $"a finite number above {Show(minimum)}");

    /// <inheritdoc cref="Above{T}(Option{T}, T)"/>
    public static Option<T?> Above<T>(this Option<T?> option, T minimum) where T : struct, INumber<T> =>
        Bound<T?, T>(option, v => v, v => v > minimum && T.IsFinite(v), $"a finite number above {Show(minimum)}");

    /// <summary>Values at or above <paramref name="maximum"/> are refused.</summary>
    public static Option<T> Below<T>(this Option<T> option, T maximum) where T : struct, INumber<T> =>
        Bound<T, T>(option, v => v, v => v < maximum, $"below {Show(maximum)}");

    /// <inheritdoc cref="Below{T}(Option{T}, T)"/>
    public static Option<T?> Below<T>(this Option<T?> option, T maximum) where T : struct, INumber<T> =>
        Bound<T?, T>(option, v => v, v => v < maximum, $"below {Show(maximum)}");

    /// <summary>Adds the check; a NaN fails every bound, since every comparison with it is false.</summary>
    static Option<TOption> Bound<TOption, T>(Option<TOption> option, Func<TOption, T?> value, Func<T, bool> allowed, string range)
        where T : struct, INumber<T>
    {
        option.Validators.Add(result =>
        {
            if (result.Implicit) return;
            TOption given;
            try
            {
                given = result.GetValueOrDefault<TOption>();
            }
            catch (InvalidOperationException)
            {
                return; // not a number at all: the parser already reports that
            }
            if (value(given) is { } v && !allowed(v)) result.AddError($"{option.Name} must be {range}, not {Show(v)}");
        });
        return option;
    }

    static string Show<T>(T value) where T : INumber<T> => value.ToString(null, CultureInfo.InvariantCulture);
}
