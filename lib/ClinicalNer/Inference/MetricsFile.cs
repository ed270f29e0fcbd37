using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using ClinicalNer.Metrics;
using ClinicalNer.Metrics.Reports;
using ClinicalNer.Runtime;

namespace ClinicalNer.Inference;

/// <summary>
/// A run's <c>metrics.json</c> (or <c>metrics-ID.json</c>): one key per scored unit, each a report in the
/// <c>score --json</c> shape, then what was scored (<see cref="RunMetrics.DataKey"/>) and the SHA-256 of the scored
/// weights (<see cref="RunMetrics.WeightsKey"/>). The same record writes and reads the file, so that readers never
/// pick values out of the JSON by hand.
/// </summary>
/// <param name="Reports">The reports, in the file's order.</param>
/// <param name="Data">What was scored; null in files written before scores recorded it.</param>
/// <param name="WeightsSha256">The scored <c>model.safetensors</c>'s SHA-256 (hex); null in files written before scores recorded it.</param>
public sealed record MetricsFile(ImmutableArray<ScoreReport> Reports, ScoredData? Data, string? WeightsSha256)
{
    /// <summary>The report at <paramref name="unit"/> (a <see cref="ScoreUnits.Names"/> name).</summary>
    /// <exception cref="KeyNotFoundException">The file holds no report at that unit.</exception>
    public ScoreReport this[string unit] =>
        Reports.FirstOrDefault(r => r.Unit.Name() == unit) ?? throw new KeyNotFoundException($"no '{unit}' scores");

    /// <summary>The file's text: indented JSON, unit keys first, then <c>data</c> and <c>weights_sha256</c> when known.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            foreach (var report in Reports)
            {
                writer.WritePropertyName(report.Unit.Name());
                ReportJson.Write(writer, report);
            }
            if (Data is not null)
            {
                writer.WritePropertyName(RunMetrics.DataKey);
                JsonSerializer.Serialize(writer, Data, ReportJson.Options);
            }
            if (WeightsSha256 is not null) writer.WriteString(RunMetrics.WeightsKey, WeightsSha256);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Reads the metrics file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">Not a metrics file (names the file).</exception>
    public static MetricsFile Read(string path) => Parse(InputFile.ReadAllText(path), path);

    /// <summary>Reads metrics file text; <paramref name="source"/> names it in errors. Keys other than units, data and weights are skipped.</summary>
    /// <exception cref="InvalidDataException">Not a metrics file.</exception>
    public static MetricsFile Parse(string json, string source)
    {
        var reports = ImmutableArray.CreateBuilder<ScoreReport>();
        ScoredData? data = null;
        string? weights = null;
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new JsonException("not a JSON object");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string key = reader.GetString()!;
                reader.Read();
                if (key == RunMetrics.DataKey) data = JsonSerializer.Deserialize<ScoredData>(ref reader, ReportJson.Options);
                else if (key == RunMetrics.WeightsKey) weights = reader.GetString();
                else if (ScoreUnits.Names.Contains(key)) reports.Add(ReportJson.Read(ref reader));
                else reader.Skip();
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new InvalidDataException($"{source}: not a metrics file ({e.Message})", e);
        }
        return new MetricsFile(reports.ToImmutable(), data, weights);
    }
}

/// <summary>The data a metrics file scored.</summary>
/// <param name="Directory">The data folder's full path.</param>
/// <param name="TestSource">The test split's full path (a brat folder or a CoNLL file).</param>
/// <param name="Files">Each test file's SHA-256 (hex), keyed by its path relative to <paramref name="Directory"/>, in ordinal order.</param>
public sealed record ScoredData(string Directory, string TestSource, IReadOnlyDictionary<string, string> Files);
