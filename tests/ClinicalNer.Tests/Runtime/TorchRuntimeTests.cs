using ClinicalNer.Runtime;
using TorchSharp;

namespace ClinicalNer.Tests.Runtime;

public class TorchRuntimeTests
{
    [Fact]
    public void Native_backend_loads_and_computes_a_tensor()
    {
        TorchRuntime.EnsureLoaded();
        using var t = torch.arange(1, 5, dtype: torch.float32);
        Assert.Equal(10f, t.sum().item<float>());
    }

    [Fact]
    public void Loader_error_is_reduced_to_the_loader_reason()
    {
        const string message = "Unable to load shared library 'x.so' or one of its dependencies. In order to help diagnose loading problems, consider using a tool like strace. If you're using glibc, consider setting the LD_DEBUG environment variable: \n/lib/x86_64-linux-gnu/libstdc++.so.6: version `GLIBCXX_3.4.32' not found (required by x.so)\n";
        var line = TorchRuntime.OneLineReason(message, "x.so");
        Assert.DoesNotContain('\n', line);
        Assert.EndsWith("version `GLIBCXX_3.4.32' not found (required by x.so)", line);
    }
}
