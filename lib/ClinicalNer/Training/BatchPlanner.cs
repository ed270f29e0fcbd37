using ClinicalNer.Inputs;
using ClinicalNer.Runtime;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Training;

/// <summary>
/// Groups windows into batches of similar length, so that padding to a batch's longest window wastes little.
/// Training order is a pure function of the seed and the epoch (a resumed run replays it without saved state):
/// the windows are shuffled, stably sorted by length, cut into batches, and the batches shuffled.
/// </summary>
public static class BatchPlanner
{
    /// <summary>The batches of epoch <paramref name="epoch"/> for training, as lists of window indices.</summary>
    public static List<int[]> Shuffled(IReadOnlyList<SequenceWindow> windows, int batchSize, long seed, int epoch)
    {
        var random = SeededRandom.For(unchecked((ulong)seed), (ulong)epoch);
        var order = Enumerable.Range(0, windows.Count).ToList();
        random.Shuffle(order);
        var batches = Cut(order.OrderBy(i => windows[i].Length).ToList(), batchSize);
        random.Shuffle(batches);
        return batches;
    }

    /// <summary>Batches for evaluation and prediction: sorted by length, in a fixed order.</summary>
    public static List<int[]> Sorted(IReadOnlyList<SequenceWindow> windows, int batchSize) =>
        Cut(Enumerable.Range(0, windows.Count).OrderBy(i => windows[i].Length).ToList(), batchSize);

    static List<int[]> Cut(List<int> order, int batchSize)
    {
        if (batchSize < 1) throw new ArgumentException($"batch size must be at least 1, not {batchSize}", nameof(batchSize));
        var batches = new List<int[]>((order.Count + batchSize - 1) / batchSize);
        for (int i = 0; i < order.Count; i += batchSize)
            batches.Add(order.GetRange(i, Math.Min(batchSize, order.Count - i)).ToArray());
        return batches;
    }
}
