using System.Runtime.InteropServices;

namespace ClinicalNer.Runtime;

/// <summary>
/// Keeps glibc's allocator from giving large tensors back to the system between training steps.
/// glibc serves every block over 32 MB with its own <c>mmap</c> and unmaps it on free, so a tensor of that size made
/// every step (the 47 MB gradient of MiniLM's word embeddings, AdamW's buffers) is page-faulted in afresh each time.
/// On this project's 2-core machines that costs about 200 ms per 47 MB, more than the arithmetic. With
/// <c>M_MMAP_MAX = 0</c> such blocks come from the heap and are reused; <c>M_TRIM_THRESHOLD</c> of 1 GiB keeps up to
/// that much free memory at the heap's top instead of returning it after every step. Results do not change; only where
/// memory comes from. A user who sets glibc's malloc tunables (<c>GLIBC_TUNABLES</c>, <c>MALLOC_*_</c>) keeps them.
/// </summary>
public static class NativeHeap
{
    const int TrimThreshold = -1, MmapMax = -4;  // glibc's M_TRIM_THRESHOLD and M_MMAP_MAX
    const int KeepAtTop = 1 << 30;

    /// <summary>Why the allocator was or was not tuned (for logs and tests).</summary>
    /// <param name="Applied">Whether both settings were made.</param>
    /// <param name="Reason">What was done, or why not.</param>
    public sealed record Outcome(bool Applied, string Reason);

    /// <summary>Applies the settings once per process, before the first tensor; later calls return the first outcome.</summary>
    public static Outcome KeepLargeBlocks() => Once.Value;

    static readonly Lazy<Outcome> Once = new(Apply, LazyThreadSafetyMode.ExecutionAndPublication);

    static Outcome Apply()
    {
        if (!OperatingSystem.IsLinux()) return new(false, "not Linux: the system allocator is left as it is");
        if (UserTuned()) return new(false, "glibc malloc settings come from the environment");
        try
        {
            bool applied = mallopt(MmapMax, 0) == 1 && mallopt(TrimThreshold, KeepAtTop) == 1;
            return new(applied, applied ? "large blocks from the heap (M_MMAP_MAX 0, M_TRIM_THRESHOLD 1 GiB)" : "mallopt refused the settings");
        }
        catch (EntryPointNotFoundException)
        {
            return new(false, "the C library has no mallopt (not glibc)");
        }
    }

    static bool UserTuned() =>
        (Environment.GetEnvironmentVariable("GLIBC_TUNABLES") ?? "").Contains("malloc", StringComparison.Ordinal)
        || Environment.GetEnvironmentVariables().Keys.Cast<string>().Any(k => k.StartsWith("MALLOC_", StringComparison.Ordinal) && k.EndsWith('_'));

    [DllImport("libc", EntryPoint = "mallopt")]
    static extern int mallopt(int param, int value);
}
