namespace ClinicalNer.Metrics.Seeds;

/// <summary>Mean and sample standard deviation (n − 1 in the denominator) of one score over runs.</summary>
public sealed record Spread(double Mean, double StandardDeviation)
{
    /// <summary>The spread of <paramref name="values"/>.</summary>
    /// <exception cref="ArgumentException">Fewer than two values: a standard deviation needs two runs.</exception>
    public static Spread Of(IReadOnlyList<double> values)
    {
        if (values.Count < 2) throw new ArgumentException($"a spread needs at least two runs, got {values.Count}", nameof(values));
        double mean = values.Sum() / values.Count;
        double squares = values.Sum(v => (v - mean) * (v - mean));
        return new Spread(mean, Math.Sqrt(squares / (values.Count - 1)));
    }

    /// <summary>
    /// The spread of one run or more: <see cref="Of"/>, except that one run has a standard deviation of 0 around its
    /// own value (a table or chart that shows a single seed beside several).
    /// </summary>
    /// <exception cref="ArgumentException">No values.</exception>
    public static Spread OfRuns(IReadOnlyList<double> values) => values.Count == 1 ? new Spread(values[0], 0) : Of(values);
}
