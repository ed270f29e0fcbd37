using System.CommandLine;
using System.Security.Cryptography;
using ClinicalNer.Cli.Commands;
using ClinicalNer.Inference;
using ClinicalNer.Metrics;
using ClinicalNer.Tests.Training;
using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Tests.Cli;

/// <summary><c>evaluate</c>'s scores name the weights and the data they scored, and scores of other data never replace the run's own.</summary>
public class EvaluateCommandTests(TrainedRunFixture trained) : IClassFixture<TrainedRunFixture>
{
    static (int Code, string Error) Evaluate(params string[] args)
    {
        var error = new StringWriter();
        var code = EvaluateCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = TextWriter.Null, Error = error });
        return (code, error.ToString().Trim());
    }

    static string Sha256(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));

    [Fact]
    public void Metrics_record_the_test_files_and_the_weights_they_scored_beside_the_unit_keys()
    {
        Assert.Equal(0, Evaluate("--run", trained.Run, "--data", trained.Data).Code);

        var metrics = MetricsFile.Read(Path.Combine(trained.Run, "metrics.json"));
        Assert.Equal(ScoreUnits.Names, metrics.Reports.Select(r => r.Unit.Name()));
        Assert.Equal(Sha256(Path.Combine(trained.Run, "model.safetensors")), metrics.WeightsSha256);
        Assert.Equal(trained.Data, metrics.Data?.Directory);
        var test = Directory.EnumerateFiles(Path.Combine(trained.Data, "test")).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(test.Select(f => KeyValuePair.Create($"test/{Path.GetFileName(f)}", Sha256(f))), metrics.Data!.Files);
        Assert.True(RunMetrics.AreCurrent(trained.Run));
    }

    [Fact]
    public void Evaluating_other_data_writes_its_own_metrics_file_and_leaves_the_runs_metrics_unchanged()
    {
        using var temp = new TempDir();
        Assert.Equal(0, Evaluate("--run", trained.Run, "--data", trained.Data).Code);
        var own = File.ReadAllBytes(Path.Combine(trained.Run, "metrics.json"));
        var other = TinyRun.Corpus(temp.Path, train: 1, test: 2);

        var (code, error) = Evaluate("--run", trained.Run, "--data", other);

        Assert.Equal(0, code);
        Assert.Equal(own, File.ReadAllBytes(Path.Combine(trained.Run, "metrics.json")));
        var suffix = RunMetrics.Suffix(RunConfig.Load(Path.Combine(trained.Run, "config.json")), other);
        Assert.Matches("^-[0-9a-f]{12}$", suffix);
        Assert.Equal($"clinical-ner: {other} is not the run's own data ({trained.Data}): scores in metrics{suffix}.json and predictions{suffix}/, metrics.json unchanged", error);
        Assert.Equal(other, MetricsFile.Read(Path.Combine(trained.Run, $"metrics{suffix}.json")).Data?.Directory);
        Assert.True(Directory.Exists(Path.Combine(trained.Run, $"predictions{suffix}", "brat")));
    }
}
