using System.Collections.Immutable;
using ClinicalNer.Training.Runs;
using ClinicalNer.Charts;
using ClinicalNer.Experiments;
using ClinicalNer.Experiments.Grid;
using ClinicalNer.Experiments.Paper;
using ClinicalNer.Experiments.Selection;
using ClinicalNer.Models;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Tests.Training;
using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Tests.Experiments;

public class SelectionGridTests
{
    static ReproduceOptions Selection(params string[] models) => new()
    {
        Data = "corpus",
        Output = "out",
        Models = [.. models.Select(GridModel.Named)],
        Grid = GridKind.Selection,
        Seeds = [1],
    };

    [Fact]
    public void The_papers_selection_grid_has_36_runs_per_seed()
    {
        var plan = ReproduceGrid.Plan(Selection([.. GridModel.Paper.Select(m => m.Name)]) with { Seeds = [1, 2] });

        // Pre-trained: 6 models x batch {8, 14} x lr {5e-5, 1e-4}; from scratch: 2 models x batch {8, 14} x lr {5e-5, 1e-4, 5e-4}.
        Assert.Equal(2 * (6 * 2 * 2 + 2 * 2 * 3), plan.Length);
        Assert.Equal(plan.Length, plan.Select(r => r.Name).Distinct().Count());
        Assert.Contains("clinicalbert-apt-bs14-lr1e-4-seed2", plan.Select(r => r.Name));
        Assert.Contains("transformer-crf-bs8-lr5e-4-seed1", plan.Select(r => r.Name));
        Assert.All(plan, run => Assert.Equal(run.Model.IsPretrained ? 9 : 6, run.Config.Trainer.Epochs));
    }

    [Fact]
    public void Selection_runs_train_on_down_sampled_notes_score_every_epoch_on_all_dev_notes_and_never_touch_test()
    {
        var plan = ReproduceGrid.Plan(Selection("transformer-crf", "bert-apt") with { Preset = GridPreset.Paper });

        Assert.All(plan, run =>
        {
            Assert.False(run.ScoredOnTest);
            Assert.Equal(0.08, run.Config.Downsample);
            Assert.False(run.Config.DownsampleDev);
            Assert.False(run.Config.TrainOnDev);
            Assert.Equal(BestEpochCriterion.DevLoss, run.Config.Trainer.BestEpochBy);
        });
        Assert.Equal([(8, 5e-5), (8, 1e-4), (14, 5e-5), (14, 1e-4)],
                     plan.Where(r => r.Model.Name == "bert-apt").Select(r => (r.Config.Trainer.BatchSize, r.Config.Trainer.LearningRate)));
        Assert.All(plan.Where(r => !r.Model.IsPretrained), run => Assert.Equal(ModelSize.Paper, run.Config.Size));
    }

    static SelectionResult Result(string model, int batch, double lr, long seed, double f1, int epoch)
    {
        var config = new RunConfig { Model = GridModel.Named(model).TrainModel, Data = "d", VocabSource = "learned", Trainer = new TrainerOptions { BatchSize = batch, LearningRate = lr, Seed = seed } };
        return new SelectionResult(new GridRun($"{model}-{batch}-{lr}-{seed}", GridModel.Named(model), GridVariant.Sambd, seed, config, false), epoch, 0.1, f1, 1, []);
    }

    static SelectionResult WithDevLosses(SelectionResult result, params double[] losses) => result with
    {
        Epochs = [.. losses.Select((loss, i) => new EpochRecord(i + 1, 1, loss, null, null, 1e-4, 10 * (i + 1), 1, 100, 0, false))],
    };

    [Fact]
    public void Dev_loss_chart_draws_each_configuration_as_its_mean_over_seeds_with_their_deviation()
    {
        SelectionResult[] results =
        [
            WithDevLosses(Result("transformer-crf", 8, 1e-4, 1, 0.7, 2), 2.0, 1.0), WithDevLosses(Result("transformer-crf", 8, 1e-4, 2, 0.7, 2), 4.0, 3.0),
            WithDevLosses(Result("transformer-crf", 14, 1e-4, 1, 0.7, 1), 5.0, 6.0), WithDevLosses(Result("transformer-crf", 14, 1e-4, 2, 0.7, 1), 5.0, 6.0),
        ];

        var data = System.Text.Json.Nodes.JsonNode.Parse(SelectionCharts.DevLoss(results, "transformer-crf").FigureJson)!["data"]!.AsArray();

        Assert.Equal(["bs 8, lr 1e-4 (2 seeds)", "bs 14, lr 1e-4 (2 seeds)"], data.Select(t => (string)t!["name"]!));
        Assert.Equal([3.0, 2.0], data[0]!["y"]!.AsArray().Select(v => (double)v!));
        // Sample standard deviation of {2, 4} and of {1, 3}: sqrt(2).
        Assert.All(data[0]!["error_y"]!["array"]!.AsArray(), v => Assert.Equal(Math.Sqrt(2), (double)v!, 12));
        Assert.All(data[1]!["error_y"]!["array"]!.AsArray(), v => Assert.Equal(0.0, (double)v!));
    }

    [Fact]
    public void Each_model_gets_the_configuration_with_the_best_mean_dev_F1_over_seeds()
    {
        SelectionResult[] results =
        [
            Result("transformer-crf", 8, 1e-4, 1, 0.70, 4), Result("transformer-crf", 8, 1e-4, 2, 0.74, 5),   // mean 0.72
            Result("transformer-crf", 14, 1e-4, 1, 0.80, 3), Result("transformer-crf", 14, 1e-4, 2, 0.60, 3), // mean 0.70
            Result("transformer-apt", 8, 5e-5, 1, 0.50, 2), Result("transformer-apt", 14, 5e-5, 1, 0.50, 6),  // a tie: the first
        ];

        var chosen = ModelSelection.Choose(ModelSelection.Points(results));

        Assert.Equal([("transformer-crf", 8, 1e-4, 5), ("transformer-apt", 8, 5e-5, 2)],
                     chosen.Select(p => (p.Model.Name, p.BatchSize, p.LearningRate, p.BestEpoch)));
        Assert.Equal(0.72, chosen[0].DevMacroF1, 12);
        Assert.Equal("model,batch_size,epochs,learning_rate\ntransformer-crf,8,5,1e-4\ntransformer-apt,8,2,5e-5\n", ModelSelection.HyperParametersCsv(chosen));
    }

    [Fact]
    public void A_selection_table_is_written_with_the_documented_columns_and_reads_back_as_written()
    {
        using var temp = new TempDir();
        var written = SelectionTable.Of([Result("transformer-crf", 8, 1e-4, 1, 0.72345678, 4) with { DevLoss = 0.123456, TrainSeconds = 12.345 }]);
        var path = temp.Write("selection.csv", written.ToCsv());

        var read = SelectionTable.Read(path);

        Assert.Equal("model,batch_size,learning_rate,seed,best_epoch,dev_loss,dev_macro_f1,train_seconds,collapsed\ntransformer-crf,8,1e-4,1,4,0.1235,0.7235,12.3,false\n",
                     File.ReadAllText(path));
        Assert.Equal(new SelectionRow("transformer-crf", 8, 1e-4, 1, 4, 0.1235, 0.7235, 12.3, false), read.Rows.Single());
        Assert.Equal(written.ToCsv(), read.ToCsv());
    }

    [Fact]
    public void A_selection_file_with_another_header_is_refused()
    {
        using var temp = new TempDir();
        var path = temp.Write("selection.csv", "model,seed\ntransformer-crf,1\n");

        var error = Assert.Throws<InvalidDataException>(() => SelectionTable.Read(path));
        Assert.StartsWith($"{path}:1: header must be 'model,batch_size,learning_rate,", error.Message);
    }

    [Trait("Category", "Integration")]
    [Fact]
    public void A_tiny_selection_grid_picks_each_runs_epoch_of_least_dev_loss_and_writes_its_tables()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 8, test: 1);
        var output = Path.Combine(temp.Path, "out");
        var options = Selection("transformer-apt") with { Data = data, Output = output, Size = ModelSize.Tiny, Epochs = 3, Threads = 1 };

        var summary = Reproduction.Run(options, [], PlotlyJsMode.None, TextWriter.Null);

        Assert.Equal(["selection.csv", "selection.md", "selected-hyperparameters.csv"], summary.Files.AsEnumerable());
        var rows = File.ReadAllLines(Path.Combine(output, "selection.csv"));
        Assert.Equal(1 + 6, rows.Length);
        foreach (var (run, row) in ReproduceGrid.Plan(options).Zip(rows.Skip(1)))
        {
            var folder = GridRunner.Folder(output, run);
            Assert.False(File.Exists(Path.Combine(folder, "metrics.json")));
            // The epoch of least dev loss, found here from epochs.jsonl itself.
            var best = RunFolder.Open(folder).ReadEpochs().MinBy(e => e.DevLoss)!;
            var cells = row.Split(',');
            Assert.Equal(best.Epoch.ToString(), cells[4]);
            Assert.Equal(best.DevSubtokenMacroF1!.Value.ToString("F4", System.Globalization.CultureInfo.InvariantCulture), cells[6]);
            // Dev is not down-sampled: every run scores the same dev sentences, whatever its seed of down-sampling.
            Assert.False(RunConfig.Load(Path.Combine(folder, "config.json")).DownsampleDev);
        }
        var selected = File.ReadAllLines(Path.Combine(output, "selected-hyperparameters.csv"));
        Assert.Equal(2, selected.Length);
        Assert.StartsWith("transformer-apt,", selected[1]);
        Assert.Contains("| transformer-apt |", File.ReadAllText(Path.Combine(output, "selection.md")));
    }

    [Fact]
    public void Runs_at_or_below_0_08_dev_macro_F1_are_flagged_as_collapsed_in_the_csv_the_report_and_the_table()
    {
        // 0.0488 is the paper's BioBERT-Apt; 0.08 is the threshold itself; 0.09 a weak run that still finds entities.
        SelectionResult[] results =
        [
            Result("transformer-crf", 8, 5e-5, 1, 0.0488, 6), Result("transformer-crf", 8, 5e-5, 2, 0.08, 6),
            Result("transformer-crf", 14, 5e-4, 1, 0.09, 6),
        ];
        var points = ModelSelection.Points(results);

        Assert.Equal(["true", "true", "false"], SelectionTable.Of(results).ToCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')[^1]));
        Assert.StartsWith("model,batch_size,learning_rate,seed,best_epoch,dev_loss,dev_macro_f1,train_seconds,collapsed\n", SelectionTable.Of(results).ToCsv());
        Assert.Equal(["transformer-crf-8-5E-05-1", "transformer-crf-8-5E-05-2"], ModelSelection.CollapseWarnings(results).Select(line => line[..line.IndexOf(':')]));
        var report = ModelSelection.Markdown(points, PaperResults.Load(), "corpus");
        Assert.Contains("**2 of 3 runs collapsed to all-O**, as the paper's BioBERT-Apt did", report);
        Assert.Equal([2, 0], ModelSelection.Frame(points)["collapsed seeds"].Cast<int>());
    }

    [Fact]
    public void Chosen_settings_feed_the_final_grid_and_the_papers_table_gives_the_paper_presets_values()
    {
        var paperTable = ModelSelection.ReadHyperParameters(Path.Combine(RepositoryRoot.Path, "results", "paper", "final-hyperparameters.csv"));
        var models = GridModel.Paper.Select(m => m.Name).ToArray();
        var options = Selection(models) with { Grid = GridKind.Final, Preset = GridPreset.Paper };

        var fromTable = ReproduceGrid.Plan(options with { Preset = GridPreset.Cpu, HyperParameters = paperTable });
        var fromPreset = ReproduceGrid.Plan(options);

        Assert.Equal(fromPreset.Select(r => (r.Name, r.Config.Trainer.BatchSize, r.Config.Trainer.Epochs, r.Config.Trainer.LearningRate)),
                     fromTable.Select(r => (r.Name, r.Config.Trainer.BatchSize, r.Config.Trainer.Epochs, r.Config.Trainer.LearningRate)));
        using var temp = new TempDir();
        var mine = ModelSelection.ReadHyperParameters(temp.Write("selected.csv", "model,batch_size,epochs,learning_rate\ntransformer-crf,14,5,5e-4\n"));
        var tuned = ReproduceGrid.Plan(Selection("transformer-crf") with { Grid = GridKind.Final, HyperParameters = mine });
        Assert.All(tuned, r => Assert.Equal((14, 5, 5e-4), (r.Config.Trainer.BatchSize, r.Config.Trainer.Epochs, r.Config.Trainer.LearningRate)));
        Assert.Equal("--hyperparameters has no row for transformer-apt (TransformerApt)",
                     Assert.Throws<ArgumentException>(() => ReproduceGrid.Plan(Selection("transformer-apt") with { Grid = GridKind.Final, HyperParameters = mine })).Message);
    }
}
