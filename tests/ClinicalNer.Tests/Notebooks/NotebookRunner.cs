using System.Collections.Concurrent;
using System.Diagnostics;
using ClinicalNer;
using ClinicalNer.Charts.Rendering;

namespace ClinicalNer.Tests.Notebooks;

/// <summary>
/// Runs the repository's notebooks headless with the local dotnet-repl tool, at most once per notebook and output kind
/// per test run, writing the executed copies to notebooks/out/ (git-ignored). dotnet-repl exits 2 when a cell threw.
/// Each notebook runs once, in its committed form (light outputs); only a few cheap ones run again with interactive
/// charts, since the chart formatter, not the notebook, decides between the two.
/// </summary>
public sealed class NotebookRunner
{
    static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    readonly ConcurrentDictionary<(string, bool), Lazy<NotebookRun>> _runs = new();
    readonly Lazy<bool> _toolRestored;

    public NotebookRunner() => _toolRestored = new(() => Run(RepositoryRoot, ["tool", "restore"]).ExitCode == 0);

    /// <summary>The folder holding Workbench.sln, found upwards from the test binaries.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static string NotebookFolder => Path.Combine(RepositoryRoot, "notebooks");

    /// <summary>File names of the notebooks under notebooks/.</summary>
    public static IEnumerable<string> Notebooks() =>
        Directory.EnumerateFiles(NotebookFolder, "*.ipynb").Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal);

    /// <summary>
    /// The run of <paramref name="notebook"/> in the form it is committed in, light outputs
    /// (CLINICAL_NER_NOTEBOOK_OUTPUT=light) into out/light/, or with interactive charts into out/ where no Chromium
    /// can draw images. Started on first request.
    /// </summary>
    public NotebookRun Get(string notebook) => Get(notebook, light: PlotlyChart.CanSavePng);

    /// <summary>The run with interactive Plotly charts, as a user's kernel shows them, into out/.</summary>
    public NotebookRun GetInteractive(string notebook) => Get(notebook, light: false);

    NotebookRun Get(string notebook, bool light) => _runs.GetOrAdd((notebook, light), key => new Lazy<NotebookRun>(() => Execute(key.Item1, key.Item2))).Value;

    NotebookRun Execute(string notebook, bool light)
    {
        var library = Path.Combine(RepositoryRoot, "lib", "ClinicalNer.Cli", "bin", "Release", "net10.0", "ClinicalNer.dll");
        Assert.True(File.Exists(library), $"The notebooks reference {library}: build the solution in Release first.");
        Assert.True(_toolRestored.Value, "dotnet tool restore failed");
        var output = light ? Path.Combine("out", "light", notebook) : Path.Combine("out", notebook);
        var executed = Path.Combine(NotebookFolder, output);
        Directory.CreateDirectory(Path.GetDirectoryName(executed)!);
        File.Delete(executed);
        // Relative #r paths resolve against the working directory, so the tool runs from the notebooks folder.
        var (exitCode, log) = Run(NotebookFolder, ["tool", "run", "dotnet-repl", "--run", notebook, "--exit-after-run", "--output-path", output],
                                  light ? "light" : "");
        return new NotebookRun(exitCode, log, File.Exists(executed) ? ExecutedNotebook.Read(executed) : null, new FileInfo(executed).Length, light);
    }

    static (int ExitCode, string Log) Run(string folder, string[] args, string outputKind = "")
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment[Notebook.OutputVariable] = outputKind;
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {string.Join(' ', args)} did not finish within {Limit.TotalMinutes} minutes");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Workbench.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"No Workbench.sln above {AppContext.BaseDirectory}");
    }
}

/// <summary>The outcome of one headless notebook run.</summary>
/// <param name="ExitCode">dotnet-repl's exit code: 0 all cells ran, 2 a cell threw.</param>
/// <param name="Log">Its console output.</param>
/// <param name="Executed">The executed copy, or null when none was written.</param>
/// <param name="Bytes">Size of the executed copy (0 when none).</param>
/// <param name="Light">Whether it ran with light outputs (charts as PNG images).</param>
public sealed record NotebookRun(int ExitCode, string Log, ExecutedNotebook? Executed, long Bytes, bool Light);
