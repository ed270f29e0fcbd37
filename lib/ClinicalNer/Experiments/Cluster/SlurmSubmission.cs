using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClinicalNer.Runtime;

namespace ClinicalNer.Experiments.Cluster;

/// <summary>
/// One <c>sbatch</c> of a grid, as recorded in <c>OUT/slurm/submissions.jsonl</c>: the job id, its script and the runs
/// of its array tasks (task <c>i</c> runs <c>Runs[i]</c>).
/// </summary>
/// <param name="JobId">The array job's id.</param>
/// <param name="Script">The job script.</param>
/// <param name="Runs">The runs, by array task index.</param>
/// <param name="Submitted">When (UTC, ISO 8601).</param>
public sealed record SlurmSubmission(
    [property: JsonPropertyName("job_id")] string JobId,
    [property: JsonPropertyName("script")] string Script,
    [property: JsonPropertyName("runs")] ImmutableArray<string> Runs,
    [property: JsonPropertyName("submitted")] string Submitted)
{
    /// <summary>The record file of an output folder.</summary>
    public static string FilePath(string output) => Path.Combine(output, "slurm", "submissions.jsonl");

    /// <summary>The log of array task <paramref name="task"/>, where the script sends its output.</summary>
    public string Log(string output, int task) => SlurmArrayScript.LogPath(output, JobId, task);

    /// <summary>Every submission recorded in <paramref name="output"/>, oldest first.</summary>
    /// <exception cref="InvalidDataException">A line is not a submission (names the file and line).</exception>
    public static ImmutableArray<SlurmSubmission> ReadAll(string output) => JsonLines.Read<SlurmSubmission>(FilePath(output), "a submission record");

    /// <summary>Adds this submission to the record of <paramref name="output"/> (the file is rewritten atomically).</summary>
    public void Append(string output)
    {
        var path = FilePath(output);
        var earlier = File.Exists(path) ? File.ReadAllText(path) : "";
        AtomicFile.WriteAllText(path, earlier + JsonSerializer.Serialize(this) + "\n");
    }
}
