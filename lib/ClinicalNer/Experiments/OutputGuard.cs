using ClinicalNer.Runtime;

namespace ClinicalNer.Experiments;

/// <summary>
/// The checks on where a verb may write, in one place. Outputs never replace the verb's own inputs (a user who
/// passes the input again as <c>--out</c> would otherwise lose it without a word). And n2c2-derived files stay out of
/// the repository: note text in predictions, and weights trained on it, fall under the data's use agreement. Only
/// runs on the bundled sample may write anywhere; other data may write outside the repository or into its
/// git-ignored <c>runs/</c>. Paths are compared as real paths (<see cref="RealPath"/>).
/// </summary>
public static class OutputGuard
{
    /// <summary>
    /// Throws when <paramref name="output"/> (a file about to be written, or a folder about to be written into) is one of
    /// <paramref name="inputs"/>, the files and folders the verb reads.
    /// </summary>
    /// <exception cref="ArgumentException">Writing would replace an input or write into an input folder.</exception>
    public static void CheckNotInput(string output, IEnumerable<string> inputs)
    {
        if (inputs.FirstOrDefault(input => RealPath.Same(output, input)) is { } input)
            throw new ArgumentException($"{output}: is the input {input}; outputs never replace an input or go into an input folder, choose another --out");
    }

    /// <summary>Throws when <paramref name="output"/> lies in a repository (a folder with <c>Workbench.sln</c>) that could commit it.</summary>
    /// <exception cref="ArgumentException">Data other than the bundled sample, written inside the repository outside <c>runs/</c>.</exception>
    public static void Check(string data, string output)
    {
        var outputPath = Path.GetFullPath(output);
        if (RepositoryAbove(outputPath) is not { } root) return;
        if (RealPath.Same(data, Path.Combine(root, "data", "sample")) || RealPath.IsUnder(outputPath, Path.Combine(root, "runs"))) return;
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
}
