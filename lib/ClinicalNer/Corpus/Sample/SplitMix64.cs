namespace ClinicalNer.Corpus.Sample;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014): a tiny generator whose output is fixed by its definition, so a seed gives
/// the same corpus on every machine and runtime (System.Random's algorithm is an implementation detail).
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    const ulong Golden = 0x9E3779B97F4A7C15;
    ulong _state = seed;

    /// <summary>A generator for one part of the output (a note, a split), independent of how many draws other parts make.</summary>
    public static SplitMix64 For(ulong seed, ulong stream) => new(Mix(seed ^ Mix(stream + Golden)));

    public ulong NextUInt64() => Mix(_state += Golden);

    /// <summary>Uniform in [0, n), without modulo bias.</summary>
    public int Next(int n)
    {
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n), n, "must be positive");
        ulong limit = ulong.MaxValue - ulong.MaxValue % (ulong)n;
        ulong x;
        do x = NextUInt64(); while (x >= limit);
        return (int)(x % (ulong)n);
    }

    /// <summary>Uniform in [min, max] (both inclusive).</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>Uniform in [0, 1) with 53 random bits (exact in IEEE double, hence the same everywhere).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Picks with a bias to the front of the list (the lists put common items first, as word frequencies are skewed).</summary>
    public T PickSkewed<T>(IReadOnlyList<T> items) => items[Math.Min(Next(items.Count), Next(items.Count))];

    static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
