namespace ClinicalNer.Charts;

/// <summary>Checks that chart arrays agree in length, with messages that name the array at fault.</summary>
static class Shape
{
    public static void SameCount<T>(T[]? items, string name, int expected, string what)
    {
        if (items is null) throw new ArgumentNullException(name);
        if (items.Length != expected)
            throw new ArgumentException($"{name} has {items.Length} entries but there are {expected} {what}.", name);
    }

    public static void Series(string[] seriesNames, double[][] xs, double[][] ys)
    {
        ArgumentNullException.ThrowIfNull(seriesNames);
        SameCount(xs, nameof(xs), seriesNames.Length, "series names");
        SameCount(ys, nameof(ys), seriesNames.Length, "series names");
        for (var s = 0; s < xs.Length; s++)
        {
            if (xs[s] is null) throw new ArgumentNullException($"{nameof(xs)}[{s}]");
            SameCount(ys[s], $"{nameof(ys)}[{s}]", xs[s].Length, $"x values in {nameof(xs)}[{s}]");
        }
    }

    public static void PerPoint<T>(T[][]? items, string name, double[][] xs)
    {
        if (items is null) return;
        SameCount(items, name, xs.Length, "series");
        for (var s = 0; s < xs.Length; s++) SameCount(items[s], $"{name}[{s}]", xs[s].Length, $"points in series {s}");
    }

    /// <summary>Error bars have one length per point, and lengths below only go with lengths above.</summary>
    public static void Errors(double[][]? errors, double[][]? errorsBelow, double[][] values)
    {
        if (errors is null && errorsBelow is not null)
            throw new ArgumentException("errorsBelow needs errors: the lengths of the error bars above the points.", nameof(errorsBelow));
        PerPoint(errors, nameof(errors), values);
        PerPoint(errorsBelow, nameof(errorsBelow), values);
    }
}
