namespace ClinicalNer.Runtime;

/// <summary>
/// A small, fully specified pseudo-random generator (SplitMix64). Unlike <see cref="Random"/>, whose algorithm
/// may change between .NET versions, the same seed gives the same stream everywhere, which the committed sample
/// corpus, document splits and down-sampling rely on.
/// </summary>
public sealed class SeededRandom(ulong seed)
{
    ulong _state = seed;

    /// <summary>Creates a generator from a signed seed as users type it.</summary>
    public SeededRandom(long seed) : this(unchecked((ulong)seed)) { }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>), without modulo bias.</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        ulong bound = (ulong)maxExclusive, threshold = (0UL - bound) % bound;
        ulong r;
        do r = NextUInt64(); while (r < threshold);
        return (int)(r % bound);
    }

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher-Yates).</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (int i = items.Count - 1; i > 0; i--)
        {
            int j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
