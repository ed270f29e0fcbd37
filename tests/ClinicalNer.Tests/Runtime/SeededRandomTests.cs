using ClinicalNer.Runtime;

namespace ClinicalNer.Tests.Runtime;

public class SeededRandomTests
{
    [Fact]
    public void Output_matches_the_reference_implementation()
    {
        // First outputs of Vigna's splitmix64.c seeded with 1234567 (also recomputed with Python's arbitrary-precision ints).
        var random = new SeededRandom(1234567);
        ulong[] expected = [6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821];
        Assert.Equal(expected, Enumerable.Range(0, 5).Select(_ => random.NextUInt64()));
    }

    [Fact]
    public void Bounded_draws_cover_the_range_evenly()
    {
        var random = new SeededRandom(7);
        var counts = new int[6];
        for (int i = 0; i < 60_000; i++) counts[random.Next(6)]++;
        // Each face expects 10,000 (sd ~91); 500 is more than 5 sd.
        Assert.All(counts, c => Assert.InRange(c, 9_500, 10_500));
    }

    [Fact]
    public void Between_includes_both_ends_and_nothing_outside()
    {
        var random = new SeededRandom(11);
        var seen = Enumerable.Range(0, 2_000).Select(_ => random.Between(3, 5)).ToHashSet();
        Assert.Equal([3, 4, 5], seen.Order());
    }

    [Fact]
    public void Streams_of_one_seed_differ_and_repeat()
    {
        Assert.NotEqual(SeededRandom.For(1, 2).NextUInt64(), SeededRandom.For(1, 3).NextUInt64());
        Assert.Equal(SeededRandom.For(1, 2).NextUInt64(), SeededRandom.For(1, 2).NextUInt64());
    }
}
