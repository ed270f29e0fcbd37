using System.Diagnostics;

namespace ClinicalNer.Experiments.Cluster;

/// <summary>Slurm's <c>sbatch</c>, found on <c>PATH</c>.</summary>
public static class Sbatch
{
    /// <summary>The path of <c>sbatch</c>, or null when Slurm is not installed (or not loaded) here.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "sbatch"))
            .FirstOrDefault(File.Exists);

    /// <summary>Fails with one line when <c>sbatch</c> is missing.</summary>
    /// <exception cref="InvalidOperationException">Slurm is not installed here.</exception>
    public static string Require() =>
        Find() ?? throw new InvalidOperationException(
            "--scheduler slurm needs Slurm's sbatch, which is not on PATH: Slurm is not installed (or not loaded) on this machine; " +
            "run it on the cluster's login node, or add --dry-run to write the job script without submitting it");

    /// <summary>Submits <paramref name="script"/> and returns the job id.</summary>
    /// <exception cref="InvalidOperationException">sbatch refused the job (its own message is quoted).</exception>
    public static string Submit(string script)
    {
        var start = new ProcessStartInfo(Require()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--parsable");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("sbatch could not be started");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        // --parsable prints "JOBID" or, on a federation, "JOBID;CLUSTER".
        var jobId = stdout.Trim().Split(';')[0];
        if (process.ExitCode != 0 || !long.TryParse(jobId, out _))
            throw new InvalidOperationException($"sbatch {script} failed (exit {process.ExitCode}): {stderr.Result.Trim().ReplaceLineEndings(" ")}{stdout.Trim()}");
        return jobId;
    }
}
