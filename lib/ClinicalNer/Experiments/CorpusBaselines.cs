using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClinicalNer.Experiments;

/// <summary>
/// A corpus's <c>baselines.json</c>: test scores of reference systems trained on the same data (e.g. an averaged
/// perceptron), which <c>results.md</c> lists beside the grid's models so that a reader sees at once whether a model
/// is worth its cost. The bundled public corpora carry one (<c>data/public/*/baselines.json</c>).
/// </summary>
/// <param name="Unit">What the scores are (<c>entity-strict micro F1 on test.txt</c>).</param>
/// <param name="Source">Where they come from.</param>
/// <param name="Systems">Score by system name.</param>
public sealed record CorpusBaselines(
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("systems")] IReadOnlyDictionary<string, double> Systems)
{
    /// <summary>The file's name in a corpus folder.</summary>
    public const string FileName = "baselines.json";

    /// <summary>The baselines of the corpus at <paramref name="data"/>, null when it has none.</summary>
    /// <exception cref="InvalidDataException">The file is not a baselines file.</exception>
    public static CorpusBaselines? Load(string data)
    {
        var path = Path.Combine(data, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            var baselines = JsonSerializer.Deserialize<CorpusBaselines>(File.ReadAllText(path));
            return baselines is { Unit: not null, Systems: not null } ? baselines : throw new InvalidDataException($"{path}: needs \"unit\" and \"systems\"");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a baselines file ({e.Message})", e);
        }
    }
}
