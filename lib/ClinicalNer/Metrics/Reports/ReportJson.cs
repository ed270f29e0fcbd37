using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClinicalNer.Metrics.Reports;

/// <summary>
/// A report as JSON, in the stable shape the README documents:
/// <c>{"unit", "mode", "scheme", "labels": {NAME: {"precision", "recall", "f1", "support"}}, "accuracy" (when defined),
/// "micro", "macro", "weighted", "macro_types" (n2c2 units)}</c>. Written and read through one record, so that what
/// <c>score --json</c> and <c>metrics.json</c> hold reads back as the report that wrote it.
/// </summary>
public static class ReportJson
{
    /// <summary>
    /// The serializer settings of the shape: snake_case names, absent optional averages left out, and every
    /// constructor parameter required, so that a truncated report is refused rather than read with nulls.
    /// </summary>
    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
        WriteIndented = true,
    };

    /// <summary>The report as indented JSON text (UTF-8, numbers round-trip exactly).</summary>
    public static string Format(ScoreReport report) => JsonSerializer.Serialize(Document.Of(report), Options);

    /// <summary>Writes the report as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, ScoreReport report) => JsonSerializer.Serialize(writer, Document.Of(report), Options);

    /// <summary>Reads the report that <see cref="Format"/> wrote.</summary>
    /// <exception cref="JsonException">Not a report: a key is missing, or a value has the wrong type or names no unit.</exception>
    public static ScoreReport Parse(string json) => (JsonSerializer.Deserialize<Document>(json, Options) ?? throw new JsonException("null report")).ToReport();

    /// <summary>Reads the report object at the reader's position (after <see cref="Write"/>), leaving the reader on its end.</summary>
    /// <exception cref="JsonException">Not a report.</exception>
    public static ScoreReport Read(ref Utf8JsonReader reader) =>
        (JsonSerializer.Deserialize<Document>(ref reader, Options) ?? throw new JsonException("null report")).ToReport();

    /// <summary>
    /// The report as the file holds it. <c>mode</c> and <c>scheme</c> follow from <c>unit</c>, so they are written for
    /// readers of the file and not read back. The optional averages come last among the parameters (C# wants optional
    /// parameters last); <see cref="JsonPropertyOrderAttribute"/> puts <c>accuracy</c> before <c>micro</c> in the file.
    /// </summary>
    sealed record Document(
        string Unit,
        string Mode,
        string Scheme,
        Dictionary<string, Scores> Labels,
        [property: JsonPropertyOrder(2)] Scores Micro,
        [property: JsonPropertyOrder(2)] Scores Macro,
        [property: JsonPropertyOrder(2)] Scores Weighted,
        [property: JsonPropertyOrder(1)] double? Accuracy = null,
        [property: JsonPropertyOrder(3)] Scores? MacroTypes = null)
    {
        public static Document Of(ScoreReport report) =>
            new(report.Unit.Name(), report.Mode, report.Scheme, report.Classes.ToDictionary(c => c.Name, c => c.Scores),
                report.Micro, report.Macro, report.Weighted, report.Accuracy, report.MacroTypes);

        public ScoreReport ToReport()
        {
            ScoreUnit unit;
            try
            {
                unit = ScoreUnits.Parse(Unit);
            }
            catch (ArgumentException e)
            {
                throw new JsonException(e.Message, e);
            }
            return new ScoreReport(unit, [.. Labels.Select(l => new ClassScores(l.Key, l.Value))], Accuracy, Micro, Macro, Weighted, MacroTypes);
        }
    }
}
