using ClinicalNer.Sample.Notes;

namespace ClinicalNer.Sample;

/// <summary>
/// What the synthetic corpus generator makes. The defaults produce the bundled sample (<c>data/sample/</c>).
/// </summary>
/// <param name="Seed">Fixes every random choice: the same seed gives byte-identical files on every machine.</param>
/// <param name="TrainDocuments">Number of notes in <c>train/</c>.</param>
/// <param name="TestDocuments">Number of notes in <c>test/</c>.</param>
/// <param name="Length">Note length preset.</param>
public sealed record SampleOptions(int Seed = SampleOptions.DefaultSeed, int TrainDocuments = 60, int TestDocuments = 20, NoteLength Length = NoteLength.Short)
{
    /// <summary>The seed of the bundled sample (the year of the shared task).</summary>
    public const int DefaultSeed = 2018;

    /// <summary>Note ids are six-digit numbers as in n2c2, which bounds the number of notes.</summary>
    public const int MaxDocuments = 100_000;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        if (TrainDocuments < 0 || TestDocuments < 0)
            throw new ArgumentException($"document counts must not be negative (train {TrainDocuments}, test {TestDocuments})");
        if (TrainDocuments + TestDocuments > MaxDocuments)
            throw new ArgumentException($"at most {MaxDocuments} notes in all (six-digit ids), asked for {TrainDocuments + TestDocuments}");
        if (!Enum.IsDefined(Length))
            throw new ArgumentException($"unknown note length {Length}");
    }
}
