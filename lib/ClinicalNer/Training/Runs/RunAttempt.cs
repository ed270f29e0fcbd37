using System.Text.Json;
using System.Text.Json.Serialization;
using ClinicalNer.Runtime;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Training.Runs;

/// <summary>
/// The latest attempt at a run, kept in its folder as <c>attempt.json</c>: who ran it (host, process, Slurm job and
/// array task) and where its log is. <c>reproduce --status</c> reads it to name the log of a run that failed, with no
/// need for Slurm's accounting.
/// </summary>
/// <param name="Host">The machine's name.</param>
/// <param name="Pid">The process id.</param>
/// <param name="Started">When the attempt began (UTC, ISO 8601).</param>
/// <param name="Log">The attempt's log file: a Slurm array task's output, or the run's <c>train.log</c>.</param>
/// <param name="SlurmJob">The Slurm job as <c>JOBID_TASK</c> for an array task, <c>JOBID</c> for a plain job, null outside Slurm.</param>
/// <param name="Error">Why the attempt failed, when it ended by an error it could report.</param>
public sealed record RunAttempt(
    [property: JsonPropertyName("host")] string Host,
    [property: JsonPropertyName("pid")] int Pid,
    [property: JsonPropertyName("started")] string Started,
    [property: JsonPropertyName("log")] string Log,
    [property: JsonPropertyName("slurm_job")] string? SlurmJob,
    [property: JsonPropertyName("error")] string? Error = null)
{
    /// <summary>The file's name in a run folder.</summary>
    public const string FileName = "attempt.json";

    static readonly JsonSerializerOptions Json = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>An attempt by this process, now, logging to <paramref name="log"/>; the Slurm job comes from the environment.</summary>
    public static RunAttempt Begin(string log) =>
        new(Environment.MachineName, Environment.ProcessId, DateTime.UtcNow.ToString("O"), Path.GetFullPath(log), SlurmJobFromEnvironment());

    /// <summary>Writes the attempt into the run folder <paramref name="folder"/> (atomically).</summary>
    public void Write(string folder) => AtomicFile.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json) + "\n");

    /// <summary>The attempt recorded in <paramref name="folder"/>, or null when none (or an unreadable one).</summary>
    public static RunAttempt? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<RunAttempt>(File.ReadAllText(path), Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Who ran it: <c>pid 12 on node3, Slurm job 88_1</c>.</summary>
    public string Describe() => $"pid {Pid} on {Host}{(SlurmJob is { } job ? $", Slurm job {job}" : "")}";

    /// <summary>False when the attempt's process is known to be gone (or is this one): it ran on this machine and its pid is not alive.</summary>
    public bool MayBeRunning()
    {
        if (Host != Environment.MachineName) return true;
        if (Pid == Environment.ProcessId) return false;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(Pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    static string? SlurmJobFromEnvironment()
    {
        string? Get(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
        return Get("SLURM_ARRAY_JOB_ID") is { } array && Get("SLURM_ARRAY_TASK_ID") is { } task ? $"{array}_{task}" : Get("SLURM_JOB_ID");
    }
}
