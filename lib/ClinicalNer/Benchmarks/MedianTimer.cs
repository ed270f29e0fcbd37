using System.Diagnostics;

namespace ClinicalNer.Benchmarks;

/// <summary>Median wall time of an operation after a warm-up (the tiered JIT runs early calls up to 3x slower).</summary>
internal static class MedianTimer
{
    /// <summary>Runs <paramref name="operation"/> for at least <paramref name="warmUp"/> (and 3 calls), then times <paramref name="iterations"/> calls.</summary>
    /// <returns>The median call time in milliseconds.</returns>
    public static double Milliseconds(Action operation, TimeSpan warmUp, int iterations)
    {
        var clock = Stopwatch.StartNew();
        for (var calls = 0; calls < 3 || clock.Elapsed < warmUp; calls++) operation();
        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            operation();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(times);
        return iterations % 2 == 1 ? times[iterations / 2] : (times[iterations / 2 - 1] + times[iterations / 2]) / 2;
    }
}
