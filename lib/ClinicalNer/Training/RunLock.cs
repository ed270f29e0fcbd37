namespace ClinicalNer.Training;

/// <summary>
/// An exclusive OS lock on a run folder's <c>run.lock</c>, held while a process trains or evaluates the run, so that
/// two copies of one run (a resubmitted array task, a local <c>reproduce</c> beside a cluster job) never write the
/// same folder at once. .NET takes it with <c>flock</c>, which the kernel drops when the holder dies, even by
/// <c>kill -9</c>, and which Linux maps onto NFS byte-range locks, so it holds across the nodes of a cluster.
/// </summary>
public sealed class RunLock : IDisposable
{
    /// <summary>The lock file's name in a run folder.</summary>
    public const string FileName = "run.lock";

    readonly FileStream _file;

    RunLock(FileStream file) => _file = file;

    /// <summary>Takes the lock of the run folder <paramref name="folder"/> (created if missing), or returns null when another holder has it.</summary>
    public static RunLock? TryAcquire(string folder)
    {
        Directory.CreateDirectory(folder);
        try
        {
            return new RunLock(new FileStream(Path.Combine(folder, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException) when (File.Exists(Path.Combine(folder, FileName)))
        {
            return null;
        }
    }

    /// <summary>Waits until the lock of <paramref name="folder"/> is free and takes it, saying once on <paramref name="progress"/> that it waits.</summary>
    public static RunLock Acquire(string folder, TextWriter progress, CancellationToken cancellation = default)
    {
        bool told = false;
        while (true)
        {
            if (TryAcquire(folder) is { } taken) return taken;
            if (!told) progress.WriteLine($"{folder} is locked by another process{Describe(folder)}; waiting for it");
            told = true;
            Task.Delay(TimeSpan.FromSeconds(1), cancellation).GetAwaiter().GetResult();
        }
    }

    /// <summary>True when a live process holds the lock of <paramref name="folder"/>.</summary>
    public static bool IsHeld(string folder)
    {
        if (!File.Exists(Path.Combine(folder, FileName))) return false;
        using var probe = TryAcquire(folder);
        return probe is null;
    }

    static string Describe(string folder) =>
        RunAttempt.Read(folder) is { } attempt ? $" ({attempt.Describe()})" : "";

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _file.Dispose();
}
