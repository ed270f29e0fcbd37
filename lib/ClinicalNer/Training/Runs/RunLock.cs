using ClinicalNer.Training.Settings;

namespace ClinicalNer.Training.Runs;

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

    /// <summary>
    /// Takes the lock of <paramref name="folder"/> for a verb that refuses rather than waits (<c>train</c>,
    /// <c>evaluate</c>), and records this process as the run's attempt (logging to <paramref name="log"/>), which is how
    /// a refused second process names the holder.
    /// </summary>
    /// <exception cref="InvalidOperationException">Another process holds the lock (names its pid when it recorded one).</exception>
    public static RunLock Hold(string folder, string log)
    {
        var taken = TryAcquire(folder)
                    ?? throw new InvalidOperationException($"{Path.GetFullPath(folder)}: in use by another process{Holder(folder)}; wait for it to end or choose another folder");
        RunAttempt.Begin(log).Write(folder);
        return taken;
    }

    /// <summary>
    /// The holder as its attempt describes it. A holder writes its attempt just after it takes the lock, so a refusal
    /// that falls between the two waits a moment for it rather than naming an earlier attempt's process.
    /// </summary>
    static string Holder(string folder)
    {
        var deadline = DateTime.UtcNow.AddSeconds(2);
        while (true)
        {
            var attempt = RunAttempt.Read(folder);
            if (attempt is not null && attempt.MayBeRunning()) return $" ({attempt.Describe()})";
            if (DateTime.UtcNow >= deadline) return "";
            Thread.Sleep(50);
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
