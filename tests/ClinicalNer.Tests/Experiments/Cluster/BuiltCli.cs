using System.Diagnostics;

namespace ClinicalNer.Tests.Experiments.Cluster;

/// <summary>The built <c>clinical-ner</c> program, run as a process as a user or a cluster node would run it.</summary>
static class BuiltCli
{
    /// <summary>Runs <c>clinical-ner ARGS</c> to its end; <paramref name="path"/> replaces PATH when given.</summary>
    public static (int Code, string Output, string Error) Run(string[] args, string? path = null, int timeoutSeconds = 300)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath is { } p && Path.GetFileName(p) == "dotnet" ? p : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "clinical-ner.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        if (path is not null) start.Environment["PATH"] = path;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"clinical-ner {string.Join(' ', args)} ran over {timeoutSeconds} s");
        }
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Runs a program of the machine (sinfo, squeue, scancel) and returns its exit code and output, or null when it is missing.</summary>
    public static (int Code, string Output)? Tool(string name, params string[] args)
    {
        var start = new ProcessStartInfo(name) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
