using System.Collections.Immutable;
using System.Text.Json;
using ClinicalNer.Experiments.Grid;
using ClinicalNer.Metrics;
using ClinicalNer.Models;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Runtime;
using ClinicalNer.Training;
using ClinicalNer.Training.Runs;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Experiments;

/// <summary>A finished grid run's row: what it was, its size and cost, and its scores at every unit.</summary>
/// <param name="Run">The grid run.</param>
/// <param name="Parameters">Trainable parameters of the model.</param>
/// <param name="TrainSeconds">Wall time of its epochs (training and dev evaluation), summed over resumptions.</param>
/// <param name="Units">Scores by unit name, in <c>metrics.json</c>'s order.</param>
public sealed record RunResult(GridRun Run, long Parameters, double TrainSeconds, ImmutableArray<KeyValuePair<string, UnitScores>> Units)
{
    /// <summary>The scores at <paramref name="unit"/>.</summary>
    /// <exception cref="KeyNotFoundException">The run was not scored at that unit.</exception>
    public UnitScores this[string unit] =>
        Units.FirstOrDefault(u => u.Key == unit).Value ?? throw new KeyNotFoundException($"{Run.Name} has no '{unit}' scores");

    /// <summary>Reads the finished, evaluated run at <paramref name="folder"/>.</summary>
    /// <exception cref="InvalidDataException">A file of the run is malformed.</exception>
    public static RunResult Read(GridRun run, string folder)
    {
        var runFolder = RunFolder.Open(folder);
        var encoder = EncoderConfig.Load(runFolder.EncoderConfigPath);
        long parameters = TokenTagger.ParameterCount(encoder, runFolder.ReadLabels().Length, ModelKind.Head(run.Model.TrainModel));
        double seconds = 0;
        foreach (var line in InputFile.ReadAllLines(runFolder.EpochsPath).Where(l => l.Length > 0))
            seconds += Parse(runFolder.EpochsPath, line).GetProperty("wall_seconds").GetDouble();
        using var metrics = JsonDocument.Parse(InputFile.ReadAllText(runFolder.MetricsPath));
        var units = metrics.RootElement.EnumerateObject().Where(p => ScoreUnits.Names.Contains(p.Name)).Select(unit => KeyValuePair.Create(unit.Name, new UnitScores(
            F1(unit.Value, "micro"), F1(unit.Value, "macro"), F1(unit.Value, "weighted"),
            unit.Value.TryGetProperty("accuracy", out var accuracy) ? accuracy.GetDouble() : null)));
        return new RunResult(run, parameters, seconds, [.. units]);
    }

    static double F1(JsonElement report, string average) => report.GetProperty(average).GetProperty("f1").GetDouble();

    static JsonElement Parse(string path, string line)
    {
        try
        {
            return JsonDocument.Parse(line).RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not an epoch record ({e.Message})", e);
        }
    }
}
