namespace ClinicalNer.Models.Crf;

/// <summary>Splits a batch into contiguous chunks, one per worker, and runs them in parallel.</summary>
internal static class BatchChunks
{
    /// <summary>Number of chunks used for <paramref name="size"/> sequences on <paramref name="threads"/> workers.</summary>
    public static int Count(int size, int threads) => Math.Clamp(Math.Min(size, threads), 1, Math.Max(size, 1));

    /// <summary>Runs <paramref name="body"/>(chunk, first, end) over <see cref="Count"/> chunks; inline when there is one.</summary>
    public static void Run(int size, int threads, Action<int, int, int> body)
    {
        var chunks = Count(size, threads);
        if (chunks == 1)
        {
            body(0, 0, size);
            return;
        }
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = chunks },
            c => body(c, (int)((long)size * c / chunks), (int)((long)size * (c + 1) / chunks)));
    }
}
