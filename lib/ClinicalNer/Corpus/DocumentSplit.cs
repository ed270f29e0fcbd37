using System.Collections.Immutable;
using ClinicalNer.Runtime;

namespace ClinicalNer.Corpus;

/// <summary>
/// A seeded split of training documents into train and dev by document (never by sentence, so that no note
/// contributes to both), as the paper's random 273/30 split of the 303 n2c2 training notes.
/// </summary>
public sealed record DocumentSplit(ImmutableArray<string> Train, ImmutableArray<string> Dev, long Seed)
{
    /// <summary>The paper's share of dev documents (30 of 303).</summary>
    public const double PaperDevFraction = 30.0 / 303.0;

    /// <summary>Splits <paramref name="documentIds"/>, putting round(fraction * n) of them (at least one when n &gt; 1) into dev.</summary>
    public static DocumentSplit Create(IEnumerable<string> documentIds, double devFraction, long seed)
    {
        if (devFraction is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(devFraction), devFraction, "must be in [0, 1)");
        var ids = documentIds.Order(StringComparer.Ordinal).ToList();
        int devCount = ids.Count > 1 ? Math.Max(1, (int)Math.Round(devFraction * ids.Count)) : 0;
        if (devFraction == 0) devCount = 0;
        new SeededRandom(seed).Shuffle(ids);
        return new DocumentSplit(
            [.. ids.Skip(devCount).Order(StringComparer.Ordinal)],
            [.. ids.Take(devCount).Order(StringComparer.Ordinal)],
            seed);
    }

    /// <summary>Writes the dev document ids, one per line (the file list that records the split).</summary>
    public void WriteDevList(string path) => File.WriteAllText(path, string.Concat(Dev.Select(id => id + "\n")));

    /// <summary>Reads a document-id list written by <see cref="WriteDevList"/>.</summary>
    public static ImmutableArray<string> ReadList(string path) =>
        [.. InputFile.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0)];
}
