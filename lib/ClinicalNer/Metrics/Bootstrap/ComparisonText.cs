using System.Globalization;
using System.Text;
using System.Text.Json;
using ClinicalNer.Metrics.Reports;

namespace ClinicalNer.Metrics.Bootstrap;

/// <summary>A paired bootstrap comparison as a text table or as JSON.</summary>
public static class ComparisonText
{
    /// <summary>
    /// A table of F1 for A and B with their intervals, the difference B − A with its interval, and its p-value, after
    /// lines naming the unit, mode, scheme, the resampling and both systems.
    /// </summary>
    public static string Format(BootstrapComparison comparison, string systemA, string systemB)
    {
        var sb = new StringBuilder();
        sb.Append(ReportText.Title(comparison.Unit)).Append('\n');
        sb.Append(string.Create(CultureInfo.InvariantCulture,
            $"paired bootstrap: {comparison.Samples} samples of {comparison.ResampledCount} {comparison.Resampled}, seed {comparison.Seed}, {comparison.Confidence * 100:0.##}% intervals\n"));
        sb.Append($"A: {systemA}\nB: {systemB}\n");
        var rows = comparison.Classes.Append(comparison.Micro).Append(comparison.Macro).ToArray();
        int width = Math.Max(rows.Max(r => r.Name.Length), 12);
        sb.Append(new string(' ', width))
          .Append($"  {"F1 A",-25}  {"F1 B",-25}  {"B - A",-26}  {"p",6}\n");
        foreach (var row in rows)
        {
            if (row == comparison.Micro) sb.Append('\n');
            sb.Append(row.Name.PadLeft(width))
              .Append("  ").Append(Estimate(row.A, signed: false))
              .Append("  ").Append(Estimate(row.B, signed: false))
              .Append("  ").Append(Estimate(row.Difference, signed: true))
              .Append("  ").Append(PythonFormat.Fixed(row.PValue, 4).PadLeft(6)).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>
    /// The comparison as indented JSON: <c>{"unit", "mode", "scheme", "seed", "samples", "confidence", "resampled",
    /// "resampled_count", "systems": {"a", "b"}, "labels": {NAME: {"a": {"f1", "low", "high"}, "b": {...},
    /// "difference": {"value", "low", "high", "p"}}}, "micro": {...}, "macro": {...}}</c>.
    /// </summary>
    public static string FormatJson(BootstrapComparison comparison, string systemA, string systemB)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("unit", comparison.Unit.Name());
            writer.WriteString("mode", comparison.Unit.Mode());
            writer.WriteString("scheme", comparison.Unit.Scheme());
            writer.WriteNumber("seed", comparison.Seed);
            writer.WriteNumber("samples", comparison.Samples);
            writer.WriteNumber("confidence", comparison.Confidence);
            writer.WriteString("resampled", comparison.Resampled);
            writer.WriteNumber("resampled_count", comparison.ResampledCount);
            writer.WriteStartObject("systems");
            writer.WriteString("a", systemA);
            writer.WriteString("b", systemB);
            writer.WriteEndObject();
            writer.WriteStartObject("labels");
            foreach (var row in comparison.Classes) WriteRow(writer, row.Name, row);
            writer.WriteEndObject();
            WriteRow(writer, "micro", comparison.Micro);
            WriteRow(writer, "macro", comparison.Macro);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    static void WriteRow(Utf8JsonWriter writer, string name, F1Comparison row)
    {
        writer.WriteStartObject(name);
        foreach (var (key, estimate) in new[] { ("a", row.A), ("b", row.B) })
        {
            writer.WriteStartObject(key);
            writer.WriteNumber("f1", estimate.Value);
            writer.WriteNumber("low", estimate.Low);
            writer.WriteNumber("high", estimate.High);
            writer.WriteEndObject();
        }
        writer.WriteStartObject("difference");
        writer.WriteNumber("value", row.Difference.Value);
        writer.WriteNumber("low", row.Difference.Low);
        writer.WriteNumber("high", row.Difference.High);
        writer.WriteNumber("p", row.PValue);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    static string Estimate(Estimate e, bool signed) =>
        signed ? $"{Signed(e.Value)} [{Signed(e.Low)}, {Signed(e.High)}]" : $"{Fixed(e.Value)} [{Fixed(e.Low)}, {Fixed(e.High)}]  ";

    static string Fixed(double v) => PythonFormat.Fixed(v, 4);

    static string Signed(double v) => (v < 0 ? "-" : "+") + PythonFormat.Fixed(Math.Abs(v), 4);
}
