using System.Text;

namespace ClinicalNer.Runtime;

/// <summary>
/// Writes files so that a reader never sees a half-written one: the content goes to a temporary file in the
/// same folder, which is then renamed over the target (an atomic replace on POSIX file systems).
/// </summary>
public static class AtomicFile
{
    static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>Writes <paramref name="content"/> as UTF-8 (no BOM) to <paramref name="path"/> atomically.</summary>
    public static void WriteAllText(string path, string content) =>
        Write(path, temporary => File.WriteAllText(temporary, content, Utf8NoBom));

    /// <summary>Lets <paramref name="write"/> fill a temporary path, then renames it to <paramref name="path"/>.</summary>
    public static void Write(string path, Action<string> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            write(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
