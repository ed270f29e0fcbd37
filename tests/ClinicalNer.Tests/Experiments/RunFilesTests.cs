using System.Collections.Immutable;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Training.Runs;
using ClinicalNer.Training.Settings;
using ClinicalNer.Inference;
using ClinicalNer.Experiments;
using ClinicalNer.Metrics;
using ClinicalNer.Runtime;
using ClinicalNer.Tests.Training;
using ClinicalNer.Training;

namespace ClinicalNer.Tests.Experiments;

/// <summary>
/// The run files (metrics.json, epochs.jsonl, config.json, results.csv) are read back by the types that write them:
/// what is written reads back equal, and the committed files under results/ read to their values and rewrite to
/// themselves byte for byte, so that the documented shapes cannot drift.
/// </summary>
public class RunFilesTests
{
    static readonly string Results = Path.Combine(RepositoryRoot.Path, "results");
    static readonly string SampleRun = Path.Combine(Results, "sample", "runs-summary", "transformer-crf-full-seed1");

    public static TheoryData<string> Committed(string name) =>
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "results"), name, SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f)).Order(StringComparer.Ordinal)];

    static string ReadCommitted(string relativePath, out string path)
    {
        path = Path.Combine(RepositoryRoot.Path, relativePath);
        return File.ReadAllText(path);
    }

    static ScoreReport Report(ScoreUnit unit, double? accuracy, Scores? macroTypes) => new(
        unit, [new ClassScores("Drug", new Scores(0.9, 0.8, 0.8470588235294118, 10)), new ClassScores("ADE", new Scores(1, 0, 0, 3))],
        accuracy, new Scores(0.9, 0.6153846153846154, 0.7310344827586207, 13), new Scores(0.95, 0.4, 0.4235294117647059, 13),
        new Scores(0.9230769230769231, 0.6153846153846154, 0.6515837104072398, 13), macroTypes);

    [Fact]
    public void A_metrics_file_reads_back_as_the_file_written()
    {
        var written = new MetricsFile(
            [Report(ScoreUnit.Subtoken, 0.97, null), Report(ScoreUnit.EntityStrict, null, null), Report(ScoreUnit.N2c2Lenient, null, new Scores(0.5, 0.25, 1 / 3.0, 13))],
            new ScoredData("/data/sample", "/data/sample/test", new Dictionary<string, string> { ["test/a.ann"] = "00ff", ["test/a.txt"] = "ff00" }),
            "abc123");

        var read = MetricsFile.Parse(written.ToJson(), "metrics.json");

        Assert.Equal(written.Reports.AsEnumerable(), read.Reports);
        Assert.Equal(("/data/sample", "/data/sample/test"), (read.Data!.Directory, read.Data.TestSource));
        Assert.Equal(written.Data!.Files, read.Data.Files);
        Assert.Equal("abc123", read.WeightsSha256);
        Assert.Equal(written.ToJson(), read.ToJson());
    }

    [Fact]
    public void A_metrics_file_without_data_or_weights_reads_with_neither()
    {
        var read = MetricsFile.Parse(new MetricsFile([Report(ScoreUnit.Word, 0.5, null)], null, null).ToJson(), "metrics.json");

        Assert.Equal([Report(ScoreUnit.Word, 0.5, null)], read.Reports.AsEnumerable());
        Assert.Equal((null, null), (read.Data, read.WeightsSha256));
    }

    [Fact]
    public void A_report_missing_an_average_is_refused_with_the_file_named()
    {
        var error = Assert.Throws<InvalidDataException>(() => MetricsFile.Parse("""{"word": {"unit": "word", "mode": "label", "scheme": "BIO", "labels": {}}}""", "bad.json"));
        Assert.StartsWith("bad.json: not a metrics file", error.Message);
    }

    [Theory]
    [MemberData(nameof(Committed), "metrics.json")]
    public void A_committed_metrics_file_rewrites_to_itself(string relativePath)
    {
        string text = ReadCommitted(relativePath, out var path);
        Assert.Equal(text, MetricsFile.Read(path).ToJson());
    }

    [Fact]
    public void The_committed_sample_metrics_read_to_their_scores()
    {
        var metrics = MetricsFile.Read(Path.Combine(SampleRun, "metrics.json"));

        Assert.Equal(ScoreUnits.Names, metrics.Reports.Select(r => r.Unit.Name()));
        Assert.Equal(new Scores(0.76, 0.5428571428571428, 0.6333333333333332, 35), metrics["subtoken"]["B-ADE"]);
        Assert.Equal(new Scores(0.9566273157661738, 0.9313757804122322, 0.9416997301741049, 1270), metrics["n2c2-lenient"].MacroTypes);
    }

    [Fact]
    public void Epoch_records_read_back_as_the_records_written()
    {
        using var temp = new TempDir();
        EpochRecord[] written =
        [
            new(1, 10.959566934752596, 2.96, 0.59, 0.73, 9.7e-4, 246, 103.8165418, 523.58, 351522816, true),
            new(2, 1.97, null, null, null, 8.3e-4, 492, 45.8, 1121.43, 351522816, false),
        ];
        var path = temp.Write("epochs.jsonl", JsonLines.Format(written));

        Assert.Equal(written, JsonLines.Read<EpochRecord>(path, "an epoch record"));
    }

    [Theory]
    [MemberData(nameof(Committed), "epochs.jsonl")]
    public void A_committed_epochs_file_rewrites_to_itself(string relativePath)
    {
        string text = ReadCommitted(relativePath, out var path);
        Assert.Equal(text, JsonLines.Format(JsonLines.Read<EpochRecord>(path, "an epoch record")));
    }

    [Fact]
    public void The_committed_sample_epochs_read_to_their_values()
    {
        var first = JsonLines.Read<EpochRecord>(Path.Combine(SampleRun, "epochs.jsonl"), "an epoch record")[0];

        Assert.Equal((1, 13.443971852598757, 4.575455920842405, 242, 7.1279714, 351965184L, true),
                     (first.Epoch, first.TrainLoss, first.DevLoss, first.Steps, first.WallSeconds, first.PeakMemoryBytes, first.Best));
    }

    [Fact]
    public void A_run_configuration_reads_back_as_the_configuration_written()
    {
        var written = TinyRun.Config("data/sample") with { Downsample = 0.08, BioConstraints = true };

        var read = RunConfig.Parse(written.ToJson(), "config.json");

        Assert.Equal((written.Model, written.Size, written.Data, written.Downsample, written.BioConstraints, written.Trainer),
                     (read.Model, read.Size, read.Data, read.Downsample, read.BioConstraints, read.Trainer));
        Assert.Equal(written.Versions, read.Versions);
        Assert.Equal(written.ToJson(), read.ToJson());
    }

    [Fact]
    public void The_committed_sample_configuration_reads_to_its_settings()
    {
        var config = RunConfig.Load(Path.Combine(SampleRun, "config.json"));

        Assert.Equal((Model.TransformerCrf, (ModelSize?)ModelSize.Mini, (string?)null, "data/sample"), (config.Model, config.Size, config.Encoder, config.Data));
        Assert.Equal((30, 16, 0.003, 1L, BestEpochCriterion.DevF1),
                     (config.Trainer.Epochs, config.Trainer.BatchSize, config.Trainer.LearningRate, config.Trainer.Seed, config.Trainer.BestEpochBy));
    }

    [Fact]
    public void A_results_table_reads_back_as_the_table_written()
    {
        using var temp = new TempDir();
        ImmutableArray<string> columns = ["subtoken_micro_f1", "subtoken_macro_f1", "n2c2-strict_micro_f1"];
        ResultRow Row(string seed, long parameters, double seconds, params double[] scores) =>
            new("transformer-crf", "full", seed, parameters, seconds, [.. columns.Zip(scores, KeyValuePair.Create)]);
        var written = new ResultTable(columns, [Row("1", 1010338, 200.2, 0.9664, 0.8204, double.NaN), Row("2", 1010339, 39.4, 0.93, 0.7363, double.NaN),
                                                Row("mean", 1010339, 119.8, 0.9482, 0.7784, double.NaN), Row("std", 1, 113.7, 0.0257, 0.0594, double.NaN)]);
        var path = temp.Write("results.csv", written.ToCsv());

        var read = ResultTable.Read(path);

        Assert.Equal(written.ScoreColumns.AsEnumerable(), read.ScoreColumns);
        Assert.Equivalent(written.Rows, read.Rows, strict: true);
        Assert.Equal(written.ToCsv(), read.ToCsv());
    }

    [Fact]
    public void A_results_table_is_written_with_the_documented_columns_and_number_formats()
    {
        var table = new ResultTable(["subtoken_micro_f1"], [new ResultRow("bilstm-crf", "sambd", "3", 123, 4, [KeyValuePair.Create("subtoken_micro_f1", 0.5)])]);

        Assert.Equal("model,variant,seed,parameters,train_seconds,subtoken_micro_f1\nbilstm-crf,sambd,3,123,4.0,0.5000\n", table.ToCsv());
    }

    [Theory]
    [MemberData(nameof(Committed), "results.csv")]
    public void A_committed_results_table_rewrites_to_itself(string relativePath)
    {
        string text = ReadCommitted(relativePath, out var path);
        Assert.Equal(text, ResultTable.Read(path).ToCsv());
    }

    [Fact]
    public void The_committed_sample_results_read_to_their_values()
    {
        var rows = ResultTable.Read(Path.Combine(Results, "sample", "results.csv")).Rows;

        Assert.Equal(["transformer-crf full", "transformer-crf sambd", "transformer-apt full", "transformer-apt sambd", "minilm-crf full", "minilm-crf sambd",
                      "minilm-apt full", "minilm-apt sambd", "bilstm-crf full", "bilstm-crf sambd"], rows.Select(r => $"{r.Model} {r.Variant}"));
        Assert.Equal(("1", 556132L, 183.5, 0.9863, 0.9644, 0.9863), (rows[0].Seed, rows[0].Parameters, rows[0].TrainSeconds, rows[0]["subtoken_micro_f1"],
                                                                     rows[0]["n2c2-lenient_micro_f1"], rows[0]["subtoken_accuracy"]));
    }

    [Theory]
    [InlineData("sample")]
    [InlineData("public/NCBI-disease")]
    [InlineData("public/BioNLP13CG")]
    public void Each_run_row_of_a_committed_results_file_finds_its_own_metrics_under_runs_summary(string output)
    {
        var folder = Path.Combine(Results, output);
        var rows = ResultTable.Read(Path.Combine(folder, "results.csv")).Rows;

        Assert.NotEmpty(rows.Where(r => r.IsRun));
        foreach (var row in rows.Where(r => r.IsRun))
            Assert.Equal(row["entity-strict_micro_f1"], Math.Round(Reproduction.SummaryMetrics(folder, row)[ScoreUnit.EntityStrict.Name()].Micro.F1, 4));
        Assert.All(rows.Where(r => !r.IsRun), r => Assert.Throws<InvalidOperationException>(() => r.RunName()));  // mean and std rows have no run
    }

    [Fact]
    public void A_results_file_whose_header_lacks_the_leading_columns_is_refused()
    {
        using var temp = new TempDir();
        var path = temp.Write("results.csv", "model,seed\ntransformer-crf,1\n");

        var error = Assert.Throws<InvalidDataException>(() => ResultTable.Read(path));
        Assert.Equal($"{path}:1: header must start with 'model,variant,seed,parameters,train_seconds'", error.Message);
    }
}
