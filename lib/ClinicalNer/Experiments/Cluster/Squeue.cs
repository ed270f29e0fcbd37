using System.Collections.Immutable;
using System.Diagnostics;

namespace ClinicalNer.Experiments.Cluster;

/// <summary>Slurm's live queue (<c>squeue</c>, which needs no accounting database).</summary>
public static class Squeue
{
    /// <summary>
    /// The array tasks of <paramref name="jobIds"/> still queued or running, as <c>JOBID_TASK</c>; empty when squeue is
    /// missing or fails (a job that ended long ago is unknown to it).
    /// </summary>
    public static ImmutableHashSet<string> Listed(IEnumerable<string> jobIds)
    {
        var ids = jobIds.Distinct().ToArray();
        if (ids.Length == 0) return [];
        // -r lists each pending array task on its own line (44_3) instead of a range (44_[3-5]).
        var start = new ProcessStartInfo("squeue") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-h", "-r", "-o", "%i", "-j", string.Join(',', ids) }) start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            _ = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0
                ? [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
                : [];
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return [];
        }
    }
}
