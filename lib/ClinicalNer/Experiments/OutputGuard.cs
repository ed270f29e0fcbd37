namespace ClinicalNer.Experiments;

/// <summary>
/// Keeps n2c2-derived files out of the repository: note text in predictions, and weights trained on it, fall under
/// the data's use agreement. Only runs on the bundled sample may write anywhere; other data may write outside the
/// repository or into its git-ignored <c>runs/</c>.
/// </summary>
public static class OutputGuard
{
    /// <summary>Throws when <paramref name="output"/> lies in a repository (a folder with <c>Workbench.sln</c>) that could commit it.</summary>
    /// <exception cref="ArgumentException">Data other than the bundled sample, written inside the repository outside <c>runs/</c>.</exception>
    public static void Check(string data, string output)
    {
        var outputPath = Path.GetFullPath(output);
        if (RepositoryAbove(outputPath) is not { } root) return;
        if (SameFolder(data, Path.Combine(root, "data", "sample")) || IsUnder(outputPath, Path.Combine(root, "runs"))) return;
        throw new ArgumentException(
            $"--out {output} is inside the repository {root}, and {data} is not the bundled sample: predictions and weights of other data " +
            "(n2c2 falls under its data-use agreement) must never be committed; use the git-ignored runs/ or a folder outside the repository");
    }

    static string? RepositoryAbove(string path)
    {
        for (var dir = new DirectoryInfo(path); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Workbench.sln"))) return dir.FullName;
        return null;
    }

    static bool SameFolder(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);

    static bool IsUnder(string path, string folder) =>
        SameFolder(path, folder) || path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
