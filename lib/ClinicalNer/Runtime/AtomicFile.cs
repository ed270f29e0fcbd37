using System.Text;

namespace ClinicalNer.Runtime;

/// <summary>
/// Writes files and folders so that a reader never sees a half-written one: the content goes to a temporary entry
/// in the same folder, which is then renamed over the target (an atomic replace on POSIX file systems). When the
/// write fails (a full disk, a denied permission) the temporary entry is removed, the target keeps what it held, and
/// the error names the target rather than the temporary name.
/// </summary>
public static class AtomicFile
{
    static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>errno of a full disk and of an exceeded quota, which .NET reports as an <see cref="IOException"/>'s HResult.</summary>
    const int NoSpace = 28, QuotaExceeded = 122;

    /// <summary>Writes <paramref name="content"/> as UTF-8 (no BOM) to <paramref name="path"/> atomically.</summary>
    public static void WriteAllText(string path, string content) =>
        Write(path, temporary => File.WriteAllText(temporary, content, Utf8NoBom));

    /// <summary>Lets <paramref name="write"/> fill a temporary path, then renames it to <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The write failed: <c>PATH: problem</c>.</exception>
    public static void Write(string path, Action<string> write)
    {
        var temporary = Temporary(path);
        try
        {
            write(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failed(path, e);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>
    /// Lets <paramref name="fill"/> fill a temporary folder, then renames it to <paramref name="path"/>, which must not
    /// exist: a folder of files that belong together (a checkpoint) appears whole or not at all.
    /// </summary>
    /// <exception cref="IOException">The write failed: <c>PATH: problem</c>.</exception>
    public static void WriteFolder(string path, Action<string> fill)
    {
        var temporary = Temporary(path);
        try
        {
            Directory.CreateDirectory(temporary);
            fill(temporary);
            Directory.Move(temporary, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failed(path, e);
        }
        finally
        {
            if (Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
        }
    }

    /// <summary>A fresh temporary name beside <paramref name="path"/> (hidden, unique to this process and call).</summary>
    static string Temporary(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (UnauthorizedAccessException e)
        {
            throw Failed(directory, e);
        }
        return Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
    }

    /// <summary>The one-line error for a failed write of <paramref name="path"/> (kept as is when it already names a target).</summary>
    static IOException Failed(string path, Exception e) => e switch
    {
        AtomicWriteException already => already,
        UnauthorizedAccessException => new AtomicWriteException($"{path}: permission denied", e),
        IOException { HResult: NoSpace } => new AtomicWriteException($"{path}: no space left on device", e),
        IOException { HResult: QuotaExceeded } => new AtomicWriteException($"{path}: disk quota exceeded", e),
        _ => new AtomicWriteException($"{path}: {e.Message}", e),
    };

    /// <summary>A failed atomic write, its message already <c>PATH: problem</c> (so that nested writes do not name two paths).</summary>
    sealed class AtomicWriteException(string message, Exception inner) : IOException(message, inner);
}
