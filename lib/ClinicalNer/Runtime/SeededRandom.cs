namespace ClinicalNer.Runtime;

/// <summary>
/// SeededRandom (Steele, Lea and Flood 2014): a tiny generator whose output is fixed by its definition. Unlike
/// <see cref="Random"/>, whose algorithm is an implementation detail, the same seed gives the same stream on
/// every machine and runtime, which the committed sample corpus, document splits and down-sampling rely on.
/// </summary>
public sealed class SeededRandom(ulong seed)
{
    const ulong Golden = 0x9E3779B97F4A7C15;
    ulong _state = seed;

    /// <summary>Creates a generator from a signed seed as users type it.</summary>
    public SeededRandom(long seed) : this(unchecked((ulong)seed)) { }

    /// <summary>A generator for one part of the output (a note, a split), independent of how many draws other parts make.</summary>
    public static SeededRandom For(ulong seed, ulong stream) => new(Mix(seed ^ Mix(stream + Golden)));

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64() => Mix(_state += Golden);

    /// <summary>A uniform integer in [0, <paramref name="n"/>), without modulo bias.</summary>
    public int Next(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        ulong limit = ulong.MaxValue - ulong.MaxValue % (ulong)n;
        ulong x;
        do x = NextUInt64(); while (x >= limit);
        return (int)(x % (ulong)n);
    }

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="max"/>] (both inclusive).</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>A uniform double in [0, 1) with 53 random bits (exact in IEEE double, hence the same everywhere).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>A uniformly chosen item.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Picks with a bias to the front of the list (lists that put common items first, as word frequencies are skewed).</summary>
    public T PickSkewed<T>(IReadOnlyList<T> items) => items[Math.Min(Next(items.Count), Next(items.Count))];

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher-Yates).</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (int i = items.Count - 1; i > 0; i--)
        {
            int j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
