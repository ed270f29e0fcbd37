using System.Collections.Immutable;
using ClinicalNer.Corpus;
using ClinicalNer.Runtime;
using ClinicalNer.Sample.Notes;
using static System.FormattableString;

namespace ClinicalNer.Sample;

/// <summary>
/// A synthetic n2c2-2018 Track 2 corpus: MIMIC-style discharge summaries annotated with the nine n2c2 entity types
/// and their relations, split into training and held-out test notes exactly as the shared task lays its files out
/// (<c>train/NNNNNN.txt</c> + <c>.ann</c>, <c>test/...</c>). Made by a seeded generator whose output depends on the
/// options only (byte-identical on every machine); the bundled <c>data/sample/</c> is <see cref="Generate"/> with the
/// default options.
/// </summary>
public sealed record SampleCorpus(ImmutableArray<Document> Train, ImmutableArray<Document> Test)
{
    /// <summary>Generates the corpus the options describe.</summary>
    public static SampleCorpus Generate(SampleOptions options)
    {
        var (train, test) = GenerateNotes(options);
        return new SampleCorpus([.. train.Select(n => n.Document)], [.. test.Select(n => n.Document)]);
    }

    /// <summary>
    /// Writes <c>train/</c> and <c>test/</c> under <paramref name="directory"/>. Refuses (IOException) when either already
    /// holds brat files, so that notes of two generations never mix.
    /// </summary>
    public void Write(string directory)
    {
        string trainDirectory = Path.Combine(directory, "train"), testDirectory = Path.Combine(directory, "test");
        foreach (var d in new[] { trainDirectory, testDirectory })
        {
            if (Directory.Exists(d) && Directory.EnumerateFiles(d).Any(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".ann", StringComparison.Ordinal)))
                throw new IOException($"{d} already holds brat files; choose an empty folder or delete them first");
        }
        foreach (var document in Train) BratWriter.Write(document, trainDirectory);
        foreach (var document in Test) BratWriter.Write(document, testDirectory);
    }

    /// <summary>The notes with what the generator knows about their sentences.</summary>
    internal static (ImmutableArray<GeneratedNote> Train, ImmutableArray<GeneratedNote> Test) GenerateNotes(SampleOptions options)
    {
        options.Validate();
        ulong seed = unchecked((ulong)options.Seed);
        var (trainIds, testIds) = NoteIds(seed, options.TrainDocuments, options.TestDocuments);
        return (Notes(trainIds, heldOut: false), Notes(testIds, heldOut: true));

        ImmutableArray<GeneratedNote> Notes(IEnumerable<int> ids, bool heldOut) =>
            [.. ids.Select(id => DischargeSummary.Write(Invariant($"{id:000000}"), SeededRandom.For(seed, (ulong)id * 2 + (heldOut ? 1UL : 0UL)), heldOut, options.Length))];
    }

    /// <summary>
    /// Six-digit ids, increasing with random gaps as n2c2's are (100035, 100039, 100187, ...), with test notes drawn
    /// among them at random so that the two splits interleave.
    /// </summary>
    static (int[] Train, int[] Test) NoteIds(ulong seed, int trainCount, int testCount)
    {
        var random = SeededRandom.For(seed, ulong.MaxValue);
        int total = trainCount + testCount;
        int maxGap = Math.Clamp(2 * (899_999 - total) / Math.Max(total, 1), 1, 600);
        var ids = new int[total];
        int next = 100_000 + random.Next(100);
        for (int i = 0; i < total; i++)
        {
            ids[i] = next;
            next += random.Between(1, maxGap);
        }
        var order = Enumerable.Range(0, total).ToArray();
        for (int i = 0; i < testCount; i++)
        {
            int j = i + random.Next(total - i);
            (order[i], order[j]) = (order[j], order[i]);
        }
        var isTest = new bool[total];
        foreach (int i in order.AsSpan(0, testCount)) isTest[i] = true;
        return (ids.Where((_, i) => !isTest[i]).ToArray(), ids.Where((_, i) => isTest[i]).ToArray());
    }
}
