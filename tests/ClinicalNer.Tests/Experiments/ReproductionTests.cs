using System.Globalization;
using ClinicalNer.Charts;
using ClinicalNer.Experiments;
using ClinicalNer.Experiments.Grid;
using ClinicalNer.Inference;
using ClinicalNer.Inputs;
using ClinicalNer.Metrics.Seeds;
using ClinicalNer.Metrics;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Models;
using ClinicalNer.Tests.Training;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Tests.Experiments;

[Trait("Category", "Integration")]
public class ReproductionTests
{
    /// <summary>Cancels its token when the trainer ends its <paramref name="epochs"/>-th epoch progress line (honoured at the next batch).</summary>
    sealed class CancelAfterEpochs(CancellationTokenSource source, int epochs) : StringWriter
    {
        int _ended;
        public override void WriteLine()
        {
            if (++_ended == epochs) source.Cancel();
        }
    }

    static ReproduceOptions Tiny(string data, string output, int epochs, params string[] models) => new()
    {
        Data = data,
        Output = output,
        Models = [.. models.Select(GridModel.Named)],
        Size = ModelSize.Tiny,
        Epochs = epochs,
        Threads = 1,
    };

    static string F4(double value) => value.ToString("F4", CultureInfo.InvariantCulture);

    static Dictionary<string, DateTime> WriteTimes(string output, string file) =>
        Directory.EnumerateDirectories(Path.Combine(output, "runs")).ToDictionary(d => Path.GetFileName(d), d => File.GetLastWriteTimeUtc(Path.Combine(d, file)));

    [Fact]
    public void A_grid_of_tiny_runs_writes_its_tables_and_a_second_call_retrains_nothing()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 4, test: 2);
        var output = Path.Combine(temp.Path, "out");
        var options = Tiny(data, output, 1, "transformer-crf", "transformer-apt");

        var first = Reproduction.Run(options, ["bert-crf: not cached"], PlotlyJsMode.None, TextWriter.Null);

        string[] names = ["transformer-crf-full-seed1", "transformer-crf-sambd-seed1", "transformer-apt-full-seed1", "transformer-apt-sambd-seed1"];
        Assert.Equal(names, first.Outcomes.Select(o => o.Run));
        Assert.All(first.Outcomes, o => Assert.Equal(RunOutcome.Trained, o.Outcome));
        var csv = File.ReadAllText(Path.Combine(output, "results.csv"));
        var table = ResultTable.Read(Path.Combine(output, "results.csv"));
        Assert.Equal(names, table.Rows.Select(r => $"{r.Model}-{r.Variant}-seed{r.Seed}"));
        foreach (var (row, name) in table.Rows.Zip(names))
        {
            // Every score in the table is its run's metrics.json, as written by evaluation.
            foreach (var report in MetricsFile.Read(Path.Combine(output, "runs", name, "metrics.json")).Reports)
            {
                Assert.Equal(F4(report.Micro.F1), F4(row[$"{report.Unit.Name()}_micro_f1"]));
                Assert.Equal(F4(report.Macro.F1), F4(row[$"{report.Unit.Name()}_macro_f1"]));
            }
            var summary = Path.Combine(output, "runs-summary", name);
            Assert.Equal(File.ReadAllText(Path.Combine(output, "runs", name, "config.json")), File.ReadAllText(Path.Combine(summary, "config.json")));
            Assert.False(File.Exists(Path.Combine(summary, "model.safetensors")));
        }
        Assert.Equal((null, 0.08), (RunConfigOf(output, names[0]).Downsample, RunConfigOf(output, names[1]).Downsample));
        Assert.Contains("bert-crf: not cached", File.ReadAllText(Path.Combine(output, "results.md")));
        Assert.Contains("**The data differ.**", File.ReadAllText(Path.Combine(output, "paper-comparison.md")));
        Assert.All(new[] { "f1-by-model-and-unit", "f1-vs-parameters", "f1-vs-training-time" },
                   chart => Assert.True(File.Exists(Path.Combine(output, "charts", chart + ".html")), chart));

        var completed = WriteTimes(output, "COMPLETED");
        var models = WriteTimes(output, "model.safetensors");
        var second = Reproduction.Run(options, [], PlotlyJsMode.None, TextWriter.Null);

        Assert.All(second.Outcomes, o => Assert.Equal(RunOutcome.Skipped, o.Outcome));
        Assert.Equal(completed, WriteTimes(output, "COMPLETED"));
        Assert.Equal(models, WriteTimes(output, "model.safetensors"));
        Assert.Equal(csv, File.ReadAllText(Path.Combine(output, "results.csv")));
    }

    [Fact]
    public void A_run_whose_metrics_did_not_score_its_final_weights_is_not_done_and_is_scored_again()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 4, test: 1);
        var output = Path.Combine(temp.Path, "out");
        var options = Tiny(data, output, 1, "transformer-crf");
        Reproduction.Run(options, [], PlotlyJsMode.None, TextWriter.Null);
        var stale = Path.Combine(output, "runs", "transformer-crf-full-seed1");
        var completed = File.GetLastWriteTimeUtc(Path.Combine(stale, "COMPLETED"));
        // Scores of other weights: as left by an evaluation of an earlier epoch, before the run was resumed and finished.
        var metrics = Path.Combine(stale, "metrics.json");
        var hash = RunMetrics.WeightsHash(Path.Combine(stale, "model.safetensors"));
        File.WriteAllText(metrics, File.ReadAllText(metrics).Replace(hash, new string('0', hash.Length)));

        Assert.False(RunMetrics.AreCurrent(stale));
        Assert.Equal(RunState.Failed, GridStatusReport.Read(output).Runs.Single(r => r.Run.Name == "transformer-crf-full-seed1").State);
        var again = Reproduction.Run(options, [], PlotlyJsMode.None, TextWriter.Null);

        Assert.Equal([RunOutcome.Evaluated, RunOutcome.Skipped], again.Outcomes.Select(o => o.Outcome));
        Assert.True(RunMetrics.AreCurrent(stale));
        Assert.Equal(completed, File.GetLastWriteTimeUtc(Path.Combine(stale, "COMPLETED")));
    }

    static RunConfig RunConfigOf(string output, string name) => RunConfig.Load(Path.Combine(output, "runs", name, "config.json"));

    [Fact]
    public void An_interrupted_grid_resumes_its_unfinished_run_without_redoing_finished_ones()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 4, test: 2);
        var output = Path.Combine(temp.Path, "out");
        var options = Tiny(data, output, 2, "transformer-crf");
        using var cancellation = new CancellationTokenSource();

        // Epochs end three times: the full run's two, then the down-sampled run's first; its second epoch is cut.
        Assert.ThrowsAny<OperationCanceledException>(() =>
            Reproduction.Run(options, [], PlotlyJsMode.None, new CancelAfterEpochs(cancellation, 3), cancellation.Token));
        var interrupted = Path.Combine(output, "runs", "transformer-crf-sambd-seed1");
        Assert.False(File.Exists(Path.Combine(interrupted, "COMPLETED")));
        var finished = File.GetLastWriteTimeUtc(Path.Combine(output, "runs", "transformer-crf-full-seed1", "COMPLETED"));

        var summary = Reproduction.Run(options, [], PlotlyJsMode.None, TextWriter.Null);

        Assert.Equal([RunOutcome.Skipped, RunOutcome.Resumed], summary.Outcomes.Select(o => o.Outcome));
        Assert.Equal(finished, File.GetLastWriteTimeUtc(Path.Combine(output, "runs", "transformer-crf-full-seed1", "COMPLETED")));
        Assert.Contains("resume after epoch 1", File.ReadAllText(Path.Combine(interrupted, "train.log")));
        Assert.Equal(2, File.ReadAllLines(Path.Combine(interrupted, "epochs.jsonl")).Length);
        Assert.Equal(3, File.ReadAllLines(Path.Combine(output, "results.csv")).Length);
    }

    [Fact]
    public void Other_data_is_refused_an_output_inside_the_repository_before_anything_is_written()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 2, test: 1);
        var inside = Path.Combine(RepositoryRoot.Path, "results", "refused-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<ArgumentException>(() => Reproduction.Run(Tiny(data, inside, 1, "transformer-crf"), [], PlotlyJsMode.None, TextWriter.Null));

        Assert.Contains("inside the repository", error.Message);
        Assert.False(Directory.Exists(inside));
        OutputGuard.Check(data, Path.Combine(temp.Path, "out"));
        OutputGuard.Check(data, Path.Combine(RepositoryRoot.Path, "runs", "reproduce"));
        OutputGuard.Check(Path.Combine(RepositoryRoot.Path, "data", "sample"), inside);
    }

    [Fact]
    public void The_paper_preset_trains_on_train_and_dev_with_the_papers_settings_and_scores_the_last_epoch()
    {
        var options = new ReproduceOptions { Data = "corpus", Output = "out", Models = [GridModel.Named("transformer-apt")], Preset = GridPreset.Paper, Seeds = [3, 4] };

        var plan = ReproduceGrid.Plan(options);

        Assert.Equal(["transformer-apt-full-seed3", "transformer-apt-full-seed4", "transformer-apt-sambd-seed3", "transformer-apt-sambd-seed4"], plan.Select(r => r.Name));
        var config = plan[2].Config;
        // The authors' final TransformerApt run (paper-notes §2.2): batch 14, 4 epochs, learning rate 1e-4.
        Assert.Equal((14, 4, 1e-4), (config.Trainer.BatchSize, config.Trainer.Epochs, config.Trainer.LearningRate));
        Assert.Equal(((ModelSize?)ModelSize.Paper, LongSentencePolicy.Truncate, 180, false, true), (config.Size, config.LongSentences, config.MaxLength, config.SpecialTokens, config.TrainOnDev));
        Assert.Equal((0.0, (double?)null, BestEpochCriterion.LastEpoch), (config.Trainer.WarmupFraction, config.Trainer.GradientClip, config.Trainer.BestEpochBy));
        Assert.Equal((0.08, 3L), (config.Downsample, config.Trainer.Seed));
    }

    [Fact]
    public void The_paper_preset_builds_the_papers_architecture_without_the_workbenchs_additions()
    {
        var options = new ReproduceOptions { Data = "corpus", Output = "out", Models = [GridModel.Named("transformer-crf")], Preset = GridPreset.Paper };
        var config = ReproduceGrid.Plan(options)[0].Config;
        Assert.Equal((false, 0.0, (double?)null, (int?)null), (config.CharCnn, config.WordDropout, config.Dropout, config.Trainer.Patience));
        Assert.Equal(ClinicalNer.Models.Encoders.PositionEmbeddingType.Absolute, config.Positions);
        Assert.Equal(65_205_922, ClinicalNer.Models.TokenTagger.ParameterCount(config.FromScratchEncoder(28_996), 19, ClinicalNer.Models.TaggingHead.Crf));
    }

    [Fact]
    public void The_cpu_preset_reads_characters_keeps_the_best_dev_f1_epoch_and_runs_the_bilstm_crf_beside_the_papers_models()
    {
        var options = new ReproduceOptions { Data = "corpus", Output = "out", Models = [GridModel.Named("transformer-crf"), GridModel.Named("bilstm-crf")], Variants = [GridVariant.Full] };
        var plan = ReproduceGrid.Plan(options);
        Assert.Equal(["transformer-crf-full-seed1", "bilstm-crf-full-seed1"], plan.Select(r => r.Name));
        Assert.All(plan, run => Assert.Equal((CpuPreset.CharCnn, BestEpochCriterion.DevF1), (run.Config.CharCnn, run.Config.Trainer.BestEpochBy)));
        Assert.Equal([null, CpuPreset.Patience], plan.Select(r => r.Config.Trainer.Patience));
        Assert.Equal([0.2, 0.1], plan.Select(r => r.Config.WordDropout));
        Assert.Equal("bilstm", plan[1].Config.FromScratchEncoder(100).ModelType);
        Assert.Equal([30, 30], plan.Select(r => r.Config.Trainer.Epochs));
        Assert.All(ReproduceGrid.Plan(options with { Epochs = 7 }), run => Assert.Equal(7, run.Config.Trainer.Epochs));

        var hub = new ClinicalNer.Models.Hub.HubOptions { CacheDirectory = Path.Combine(Path.GetTempPath(), "no-such-cache-" + Guid.NewGuid()) };
        Assert.Contains(GridModel.Named("bilstm-crf"), ModelAvailability.Default(hub).Models);
        Assert.DoesNotContain(GridModel.Named("bilstm-crf"), ModelAvailability.Default(hub, paperProtocol: true).Models);
        Assert.Throws<ArgumentException>(() => ReproduceGrid.Plan(options with { Preset = GridPreset.Paper })); // the paper has no BiLSTM-CRF settings
        Assert.Throws<ArgumentException>(() => ReproduceGrid.Plan(options with { Variants = [GridVariant.Full, GridVariant.Full] }));
    }

    [Fact]
    public void Results_page_leads_with_strict_entity_f1_over_seeds_beside_the_corpus_baselines()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 3, test: 1);
        File.WriteAllText(Path.Combine(data, CorpusBaselines.FileName),
                          """{ "unit": "entity-strict micro F1 on test", "source": "a test", "systems": { "averaged perceptron": 0.5 } }""");
        var output = Path.Combine(temp.Path, "out");
        var options = Tiny(data, output, 1, "transformer-crf") with { Seeds = [1, 2], Variants = [GridVariant.Full] };

        var summary = Reproduction.Run(options, [], PlotlyJsMode.None, TextWriter.Null);

        var f1 = summary.Results.Select(r => r["entity-strict"].Micro.F1).ToArray();
        var spread = ClinicalNer.Metrics.Seeds.Spread.Of(f1);
        var page = File.ReadAllText(Path.Combine(output, "results.md"));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"| TransformerCRF | full | 2 | {spread.Mean:F4} ± {spread.StandardDeviation:F4} |"), page);
        Assert.Contains("| averaged perceptron (reference) | full | – | 0.5000 |", page);
        Assert.True(page.IndexOf("Strict entity F1", StringComparison.Ordinal) < page.IndexOf("Every run", StringComparison.Ordinal));
    }

    [Fact]
    public void Training_on_train_and_dev_holds_nothing_out_and_keeps_the_last_epoch()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 3, test: 1);
        var config = TinyRun.Config(data) with { TrainOnDev = true, Trainer = TinyRun.Config(data).Trainer with { BestEpochBy = BestEpochCriterion.LastEpoch } };

        var run = TrainingRun.Train(config, Path.Combine(temp.Path, "run"), resume: false, vocabFile: null, TextWriter.Null);

        var epochs = run.ReadEpochs();
        Assert.All(epochs, e => Assert.Null(e.DevLoss));
        Assert.All(epochs, e => Assert.True(e.Best));
        Assert.Contains("and 0 dev sentences", File.ReadAllText(run.LogPath));
    }
}
