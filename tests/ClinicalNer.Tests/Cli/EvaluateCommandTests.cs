using System.CommandLine;
using System.Security.Cryptography;
using System.Text.Json;
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

        using var metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(trained.Run, "metrics.json")));
        var root = metrics.RootElement;
        Assert.All(ScoreUnits.Names, unit => Assert.True(root.TryGetProperty(unit, out _), unit));
        Assert.Equal(Sha256(Path.Combine(trained.Run, "model.safetensors")), root.GetProperty("weights_sha256").GetString());
        var data = root.GetProperty("data");
        Assert.Equal(trained.Data, data.GetProperty("directory").GetString());
        var test = Directory.EnumerateFiles(Path.Combine(trained.Data, "test")).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(test.Select(f => ($"test/{Path.GetFileName(f)}", Sha256(f))),
                     data.GetProperty("files").EnumerateObject().Select(p => (p.Name, p.Value.GetString()!)));
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
        using var scores = JsonDocument.Parse(File.ReadAllText(Path.Combine(trained.Run, $"metrics{suffix}.json")));
        Assert.Equal(other, scores.RootElement.GetProperty("data").GetProperty("directory").GetString());
        Assert.True(Directory.Exists(Path.Combine(trained.Run, $"predictions{suffix}", "brat")));
    }
}
