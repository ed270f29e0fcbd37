using System.CommandLine;
using System.Text.Json;
using ClinicalNer.Cli.Commands;
using ClinicalNer.Cli.Commands.Bench;
using ClinicalNer.Metrics;
using ClinicalNer.Sample.Lexicons;
using ClinicalNer.Tests.Experiments.Cluster;
using ClinicalNer.Tests.Metrics;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Conll;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Tests.Cli;

/// <summary>The <c>score</c>, <c>compare</c> and <c>bench metrics</c> verbs: contracts of the issue (names, flags, JSON keys, exit codes).</summary>
public class MetricsCommandsTests
{
    static readonly string Reference = Path.Combine(AppContext.BaseDirectory, "Metrics", "Reference");
    static readonly string Gold = Path.Combine(Reference, "gold.conll"), Predicted = Path.Combine(Reference, "predicted.conll");

    static (int Code, string Output) Run(params string[] args)
    {
        var root = new RootCommand { ScoreCommand.Create(), CompareCommand.Create(), BenchCommand.Create() };
        var output = new StringWriter();
        int code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = new StringWriter() });
        return (code, output.ToString());
    }

    [Fact]
    public void Score_json_has_the_documented_keys_and_the_library_values()
    {
        var (code, output) = Run("score", "--gold", Gold, "--pred", Predicted, "--unit", "subtoken", "--json");

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(["unit", "mode", "scheme", "labels", "accuracy", "micro", "macro", "weighted"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("subtoken", json.GetProperty("unit").GetString());
        Assert.Equal(["precision", "recall", "f1", "support"], json.GetProperty("labels").GetProperty("B-Drug").EnumerateObject().Select(p => p.Name));
        var report = Scorer.Score(TaggedPair.FromConll(ConllReader.Read(Gold), ConllReader.Read(Predicted)), ScoreUnit.Subtoken);
        Assert.Equal(report.Accuracy, json.GetProperty("accuracy").GetDouble());
        Assert.Equal(report.Macro.F1, json.GetProperty("macro").GetProperty("f1").GetDouble());
    }

    [Trait("Category", "Integration")]
    [Theory]
    [InlineData("score")]
    [InlineData("compare")]
    public void A_label_given_twice_is_refused(string verb)
    {
        // A class listed twice would count twice in the averages.
        string[] args = verb == "score"
            ? ["score", "--gold", Gold, "--pred", Predicted, "--unit", "subtoken", "--labels", "B-Drug,I-Drug,B-Drug"]
            : ["compare", "--gold", Gold, "--pred", Predicted, "--pred", Predicted, "--unit", "subtoken", "--samples", "10", "--labels", "B-Drug,I-Drug,B-Drug"];

        var (code, _, error) = BuiltCli.Run(args);

        Assert.Equal(1, code);
        Assert.Equal("clinical-ner: --labels names 'B-Drug' twice", error.Trim());
    }

    [Fact]
    public void Score_text_names_unit_mode_and_scheme()
    {
        var (code, output) = Run("score", "--gold", Gold, "--pred", Predicted, "--unit", "entity-default", "--labels", "Drug,Route");
        Assert.Equal(0, code);
        Assert.StartsWith("unit: entity-default  mode: default  scheme: conlleval  labels Drug,Route\n", output);
        Assert.Contains("   micro avg ", output);
    }

    [Fact]
    public void Score_n2c2_prints_the_official_table_and_json_with_both_macros()
    {
        using var folders = new BratFolders().Document("a", "T1\tDrug 0 5\tx\n", "T1\tDrug 0 4\tx\n");

        var (code, table) = Run("score", "--gold", folders.Gold, "--pred", folders.System, "--unit", "n2c2-lenient");
        Assert.Equal(0, code);
        Assert.Contains("TRACK 2", table);
        var (_, output) = Run("score", "--gold", folders.Gold, "--pred", folders.System, "--unit", "n2c2-strict", "--json");
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("n2c2-2018", json.GetProperty("scheme").GetString());
        Assert.True(json.TryGetProperty("macro", out _));
        Assert.True(json.TryGetProperty("macro_types", out _));
        Assert.False(json.TryGetProperty("accuracy", out _));
    }

    [Theory]
    [InlineData("misaligned")]
    [InlineData("empty")]
    [InlineData("not-iob")]
    [InlineData("unknown-label")]
    [InlineData("unknown-unit")]
    public void Bad_input_exits_non_zero_without_a_report(string problem)
    {
        using var dir = new TempDir();
        string gold = dir.Write("g.conll", "take O\naspirin B-Drug\n\n81 B-Strength\n");
        string predicted = problem switch
        {
            "misaligned" => dir.Write("p.conll", "take O\naspirin B-Drug\n\n82 B-Strength\n"),
            "empty" => dir.Write("p.conll", ""),
            "not-iob" => dir.Write("p.conll", "take O\naspirin Drug\n\n81 B-Strength\n"),
            _ => dir.Write("p.conll", "take O\naspirin B-Drug\n\n81 B-Strength\n"),
        };
        string unit = problem == "unknown-unit" ? "entity" : "entity-strict";
        var args = new List<string> { "score", "--gold", gold, "--pred", predicted, "--unit", unit };
        if (problem == "unknown-label") args.AddRange(["--labels", "drug"]);

        var (code, output) = Run([.. args]);

        Assert.NotEqual(0, code);
        Assert.DoesNotContain("precision", output);
    }

    [Fact]
    public void Compare_json_names_seed_samples_and_both_systems()
    {
        var (code, output) = Run("compare", "--gold", Gold, "--pred", Predicted, "--pred", Gold, "--unit", "entity-strict",
                                 "--json", "--seed", "3", "--samples", "50");

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(3, json.GetProperty("seed").GetInt32());
        Assert.Equal(50, json.GetProperty("samples").GetInt32());
        Assert.Equal("sentences", json.GetProperty("resampled").GetString());
        Assert.Equal(Gold, json.GetProperty("systems").GetProperty("b").GetString());
        var micro = json.GetProperty("micro");
        Assert.Equal(["a", "b", "difference"], micro.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["value", "low", "high", "p"], micro.GetProperty("difference").EnumerateObject().Select(p => p.Name));
        Assert.Equal(1.0, micro.GetProperty("b").GetProperty("f1").GetDouble());
    }

    [Fact]
    public void Compare_needs_exactly_two_predictions()
    {
        var (code, _) = Run("compare", "--gold", Gold, "--pred", Predicted, "--unit", "subtoken");
        Assert.NotEqual(0, code);
    }

    [Fact]
    public void Bench_metrics_json_has_one_median_per_unit()
    {
        var (code, output) = Run("bench", "metrics", "--tokens", "20000", "--repetitions", "1", "--json");

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(["subtoken", "subtoken-type", "word", "entity-strict", "entity-default"], json.EnumerateObject().Select(p => p.Name));
        Assert.All(json.EnumerateObject(), p => Assert.True(p.Value.GetDouble() > 0));
    }
}
