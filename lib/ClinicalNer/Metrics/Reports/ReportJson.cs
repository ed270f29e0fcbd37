using System.Text;
using System.Text.Json;

namespace ClinicalNer.Metrics.Reports;

/// <summary>
/// A report as JSON, in the stable shape the README documents:
/// <c>{"unit", "mode", "scheme", "labels": {NAME: {"precision", "recall", "f1", "support"}}, "accuracy" (when defined),
/// "micro", "macro", "weighted", "macro_types" (n2c2 units)}</c>.
/// </summary>
public static class ReportJson
{
    /// <summary>The report as indented JSON text (UTF-8, numbers round-trip exactly).</summary>
    public static string Format(ScoreReport report)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            Write(writer, report);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the report as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, ScoreReport report)
    {
        writer.WriteStartObject();
        writer.WriteString("unit", report.Unit.Name());
        writer.WriteString("mode", report.Mode);
        writer.WriteString("scheme", report.Scheme);
        writer.WriteStartObject("labels");
        foreach (var c in report.Classes) WriteScores(writer, c.Name, c.Scores);
        writer.WriteEndObject();
        if (report.Accuracy is { } accuracy) writer.WriteNumber("accuracy", accuracy);
        WriteScores(writer, "micro", report.Micro);
        WriteScores(writer, "macro", report.Macro);
        WriteScores(writer, "weighted", report.Weighted);
        if (report.MacroTypes is { } macroTypes) WriteScores(writer, "macro_types", macroTypes);
        writer.WriteEndObject();
    }

    static void WriteScores(Utf8JsonWriter writer, string name, Scores scores)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("precision", scores.Precision);
        writer.WriteNumber("recall", scores.Recall);
        writer.WriteNumber("f1", scores.F1);
        writer.WriteNumber("support", scores.Support);
        writer.WriteEndObject();
    }
}
