using System.Collections.Immutable;
using System.Text.Json;
using ClinicalNer.Inference;
using ClinicalNer.Experiments.Grid;
using ClinicalNer.Metrics;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Models;
using ClinicalNer.Runtime;
using ClinicalNer.Training;
using ClinicalNer.Training.Runs;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Experiments;

/// <summary>A finished grid run's row: what it was, its size and cost, and its scores at every unit.</summary>
/// <param name="Run">The grid run.</param>
/// <param name="Parameters">Trainable parameters of the model.</param>
/// <param name="TrainSeconds">Wall time of its epochs (training and dev evaluation), summed over resumptions.</param>
/// <param name="Metrics">Its <c>metrics.json</c>: the reports at every unit, in the file's order.</param>
public sealed record RunResult(GridRun Run, long Parameters, double TrainSeconds, MetricsFile Metrics)
{
    /// <summary>The names of the units the run was scored at, in <c>metrics.json</c>'s order.</summary>
    public IEnumerable<string> Units => Metrics.Reports.Select(r => r.Unit.Name());

    /// <summary>The report at <paramref name="unit"/>.</summary>
    /// <exception cref="KeyNotFoundException">The run was not scored at that unit.</exception>
    public ScoreReport this[string unit] => Metrics[unit];

    /// <summary>True when the run was scored at <paramref name="unit"/>.</summary>
    public bool Has(string unit) => Units.Contains(unit);

    /// <summary>Reads the finished, evaluated run at <paramref name="folder"/>.</summary>
    /// <exception cref="InvalidDataException">A file of the run is malformed.</exception>
    public static RunResult Read(GridRun run, string folder)
    {
        var runFolder = RunFolder.Open(folder);
        var encoder = EncoderConfig.Load(runFolder.EncoderConfigPath);
        long parameters = TokenTagger.ParameterCount(encoder, runFolder.ReadLabels().Length, ModelKind.Head(run.Model.TrainModel));
        double seconds = runFolder.ReadEpochs().Sum(e => e.WallSeconds);
        return new RunResult(run, parameters, seconds, MetricsFile.Read(runFolder.MetricsPath));
    }
}
