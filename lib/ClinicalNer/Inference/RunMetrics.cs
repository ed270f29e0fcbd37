using System.Security.Cryptography;
using System.Text;
using ClinicalNer.Runtime;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Inference;

/// <summary>
/// Scores belong to one model and to one data set. <c>metrics.json</c> holds the scores of a finished run's final
/// weights on the run's own test data, and records both: the data it scored (folder and file hashes, key <c>data</c>)
/// and the SHA-256 of the <c>model.safetensors</c> it scored (key <c>weights_sha256</c>). Scores on other data go to
/// <c>metrics-ID.json</c> and <c>predictions-ID/</c>, ID naming the data folder, so that they can never be taken for the
/// run's final scores. A run's scores are current only while their weights hash matches its weights.
/// </summary>
public static class RunMetrics
{
    /// <summary>The key of the data record in a metrics file.</summary>
    public const string DataKey = "data";

    /// <summary>The key of the scored weights' SHA-256 in a metrics file.</summary>
    public const string WeightsKey = "weights_sha256";

    /// <summary>
    /// What evaluating the run of <paramref name="config"/> on <paramref name="data"/> writes after <c>metrics</c> and
    /// <c>predictions</c>: nothing for the run's own data (compared as real paths), else <c>-ID</c>, ID the first 12
    /// hex digits of the SHA-256 of the data folder's real path.
    /// </summary>
    public static string Suffix(RunConfig config, string data) =>
        RealPath.Same(data, config.Data) ? "" : "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(RealPath.Of(data))))[..12];

    /// <summary>The SHA-256 of a run's <c>model.safetensors</c> at <paramref name="modelPath"/>, as hex.</summary>
    public static string WeightsHash(string modelPath)
    {
        using var stream = File.OpenRead(modelPath);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>
    /// True when the run at <paramref name="runPath"/> has a <c>metrics.json</c> that scored its current
    /// <c>model.safetensors</c> (false for scores without a weights hash, written before scores recorded one).
    /// </summary>
    public static bool AreCurrent(string runPath)
    {
        var (metricsPath, modelPath) = (Path.Combine(runPath, "metrics.json"), Path.Combine(runPath, "model.safetensors"));
        if (!File.Exists(metricsPath) || !File.Exists(modelPath)) return false;
        try
        {
            return MetricsFile.Read(metricsPath).WeightsSha256 == WeightsHash(modelPath);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
