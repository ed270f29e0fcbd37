using ClinicalNer.Runtime;

namespace ClinicalNer.Tests.Runtime;

/// <summary>The native heap is tuned once torch is loaded (on Linux with glibc, unless the user tuned it).</summary>
public class NativeHeapTests
{
    [Fact]
    public void Loading_torch_keeps_large_blocks_in_the_heap_on_glibc()
    {
        TorchRuntime.EnsureLoaded();
        var outcome = NativeHeap.KeepLargeBlocks();
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("GLIBC_TUNABLES") is not null)
            Assert.False(string.IsNullOrEmpty(outcome.Reason));
        else
            Assert.True(outcome.Applied, outcome.Reason);
    }
}
