namespace ClinicalNer.Tests;

/// <summary>Finds the repository's root (the folder holding Workbench.sln) from the test assembly's folder.</summary>
static class RepositoryRoot
{
    public static string Path { get; } = Find();

    static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Workbench.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no Workbench.sln above {AppContext.BaseDirectory}");
    }
}
