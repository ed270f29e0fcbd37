namespace ClinicalNer.Runtime;

/// <summary>
/// A path with every symbolic link resolved, as POSIX <c>realpath</c> gives it, so that <c>./x</c>, <c>x</c>,
/// <c>dir/../x</c> and a link to <c>x</c> compare equal. Guards that keep an output off its input compare these,
/// because a plain string comparison lets a link or a relative spelling through.
/// </summary>
public static class RealPath
{
    /// <summary>
    /// The absolute path of <paramref name="path"/> with the links of its existing part resolved; a part that does not
    /// exist yet (an output about to be created) is kept as spelled.
    /// </summary>
    public static string Of(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo entry = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (entry.LinkTarget is not null && entry.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                current = Of(target.FullName);
        }
        return current;
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> name one file or folder.</summary>
    public static bool Same(string a, string b) => string.Equals(Of(a), Of(b), StringComparison.Ordinal);

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies anywhere under it.</summary>
    public static bool IsUnder(string path, string folder)
    {
        var (inner, outer) = (Of(path), Of(folder));
        return string.Equals(inner, outer, StringComparison.Ordinal)
               || inner.StartsWith(Path.TrimEndingDirectorySeparator(outer) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
