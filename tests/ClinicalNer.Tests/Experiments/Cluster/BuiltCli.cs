using System.Diagnostics;

namespace ClinicalNer.Tests.Experiments.Cluster;

/// <summary>The built <c>clinical-ner</c> program, run as a process as a user or a cluster node would run it.</summary>
static class BuiltCli
{
    /// <summary>
    /// Runs <c>clinical-ner ARGS</c> to its end; <paramref name="path"/> replaces PATH when given, and <paramref name="wrapper"/>
    /// (a command such as <c>setpriv ...</c>) starts the program when given.
    /// </summary>
    public static (int Code, string Output, string Error) Run(string[] args, string? path = null, int timeoutSeconds = 300, IReadOnlyList<string>? wrapper = null)
    {
        var dotnet = Environment.ProcessPath is { } p && Path.GetFileName(p) == "dotnet" ? p : "dotnet";
        var start = new ProcessStartInfo(wrapper is { Count: > 0 } ? wrapper[0] : dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (wrapper is { Count: > 0 })
            foreach (var arg in wrapper.Skip(1).Append(dotnet)) start.ArgumentList.Add(arg);
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
