using System.Runtime.InteropServices;

namespace ClinicalNer.Runtime;

/// <summary>
/// Loads TorchSharp's native library before first use, so that a failure is reported with the real loader
/// error (for example a missing GLIBCXX version) instead of TorchSharp's message about a missing package
/// reference, and so that hosts whose own probing fails (notebook kernels) still find it. It first tunes the native
/// heap (<see cref="NativeHeap"/>), so that large tensors are not page-faulted in again at every training step.
/// </summary>
public static class TorchRuntime
{
    static readonly Lazy<string> Loaded = new(LoadNative, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Loads the native backend once; throws <see cref="TorchUnavailableException"/> with a one-line reason.</summary>
    public static string EnsureLoaded() => Loaded.Value;

    static string LoadNative()
    {
        NativeHeap.KeepLargeBlocks();
        var path = FindLibTorchSharp();
        if (path is null) return "(loaded by TorchSharp's own probing)";
        try
        {
            NativeLibrary.Load(path);
            return path;
        }
        catch (DllNotFoundException e)
        {
            throw new TorchUnavailableException(OneLineReason(e.Message, path), e);
        }
    }

    /// <summary>libLibTorchSharp in this assembly's folder (runtimes/RID/native or flat), or null.</summary>
    static string? FindLibTorchSharp()
    {
        var name = OperatingSystem.IsWindows() ? "LibTorchSharp.dll"
                 : OperatingSystem.IsMacOS() ? "libLibTorchSharp.dylib" : "libLibTorchSharp.so";
        var baseDir = Path.GetDirectoryName(typeof(TorchRuntime).Assembly.Location) ?? AppContext.BaseDirectory;
        var candidates = new[] { Path.Combine(baseDir, "runtimes", RuntimeInformation.RuntimeIdentifier, "native", name), Path.Combine(baseDir, name) }
            .Concat(Directory.Exists(Path.Combine(baseDir, "runtimes"))
                ? Directory.EnumerateFiles(Path.Combine(baseDir, "runtimes"), name, SearchOption.AllDirectories)
                : []);
        return candidates.FirstOrDefault(File.Exists);
    }

    /// <summary>The loader's own reason (dlerror), which .NET puts on the message's last line.</summary>
    internal static string OneLineReason(string message, string path)
    {
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var reason = lines.LastOrDefault(l => l.Contains("version", StringComparison.Ordinal) || l.Contains("cannot open", StringComparison.Ordinal))
                     ?? lines.LastOrDefault() ?? message;
        return $"TorchSharp's native library could not be loaded from {path}: {reason}";
    }
}

/// <summary>The native TorchSharp backend cannot be loaded on this machine; the message says why in one line.</summary>
public sealed class TorchUnavailableException(string message, Exception inner) : Exception(message, inner);
