using System.CommandLine;
using ClinicalNer.Cli.Commands;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Tests.Training;
using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Tests.Cli;

public class TrainCommandTests(TrainedRunFixture trained) : IClassFixture<TrainedRunFixture>
{
    static (int Code, string Error) Train(params string[] args)
    {
        var error = new StringWriter();
        var code = TrainCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = TextWriter.Null, Error = error });
        return (code, error.ToString().Trim());
    }

    [Fact]
    public void Help_states_each_default_once()
    {
        var output = new StringWriter();
        var root = new RootCommand { TrainCommand.Create() };
        Assert.Equal(0, root.Parse(["train", "--help"]).Invoke(new InvocationConfiguration { Output = output, Error = TextWriter.Null }));
        var help = output.ToString();
        Assert.Contains("--vocab-size", help);
        Assert.DoesNotContain(help.Split('\n'), line => line.Split("[default:").Length > 2);
    }

    [Fact]
    public void Bio_constraints_flag_reaches_the_runs_config()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 2, test: 1);
        var output = Path.Combine(temp.Path, "run");

        var (code, error) = Train("--data", data, "--size", "tiny", "--epochs", "1", "--max-len", "32", "--vocab-size", "200",
                                  "--threads", "1", "--bio-constraints", "--out", output);

        Assert.True(code == 0, error);
        Assert.True(RunConfig.Load(Path.Combine(output, "config.json")).BioConstraints);
    }

    [Fact]
    public void Positions_flag_reaches_the_runs_config_and_encoder_while_the_paper_preset_keeps_absolute_positions()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 2, test: 1);
        string[] tiny = ["--data", data, "--size", "tiny", "--epochs", "1", "--max-len", "32", "--vocab-size", "200", "--threads", "1"];

        var relative = Path.Combine(temp.Path, "relative");
        var (code, error) = Train([.. tiny, "--positions", "relative_key", "--out", relative]);
        Assert.True(code == 0, error);
        Assert.Equal(PositionEmbeddingType.RelativeKey, RunConfig.Load(Path.Combine(relative, "config.json")).Positions);
        Assert.Contains("\"positions\": \"relative_key\"", File.ReadAllText(Path.Combine(relative, "config.json")));
        var encoder = Assert.IsType<ClinicalNer.Models.Encoders.DistilBert.DistilBertConfig>(EncoderConfig.Load(Path.Combine(relative, "encoder.json")));
        Assert.Equal(PositionEmbeddingType.RelativeKey, encoder.PositionEmbeddingType);

        var paper = Path.Combine(temp.Path, "paper");
        (code, error) = Train([.. tiny, "--preset", "paper", "--out", paper]);
        Assert.True(code == 0, error);
        Assert.Equal(PositionEmbeddingType.Absolute, RunConfig.Load(Path.Combine(paper, "config.json")).Positions);

        (code, error) = Train([.. tiny, "--positions", "rotary", "--out", Path.Combine(temp.Path, "rotary")]);
        Assert.Equal(1, code);
        Assert.Contains("relative_key_query", error);
    }

    [Fact]
    public void Defaults_read_characters_and_stop_early_on_dev_f1_while_the_paper_preset_does_neither()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 2, test: 1);
        string[] tiny = ["--data", data, "--size", "tiny", "--epochs", "1", "--max-len", "32", "--vocab-size", "200", "--threads", "1"];

        var cpu = Path.Combine(temp.Path, "cpu");
        var (code, error) = Train([.. tiny, "--model", "bilstm-crf", "--out", cpu]);
        Assert.True(code == 0, error);
        var config = RunConfig.Load(Path.Combine(cpu, "config.json"));
        Assert.Equal((true, CpuPreset.BiLstmWordDropout, BestEpochCriterion.DevF1, (int?)CpuPreset.Patience),
                     (config.CharCnn, config.WordDropout, config.Trainer.BestEpochBy, config.Trainer.Patience));
        Assert.Equal("bilstm", ClinicalNer.Models.Encoders.EncoderConfig.Load(Path.Combine(cpu, "encoder.json")).ModelType);

        var paper = Path.Combine(temp.Path, "paper");
        (code, error) = Train([.. tiny, "--preset", "paper", "--out", paper]);
        Assert.True(code == 0, error);
        config = RunConfig.Load(Path.Combine(paper, "config.json"));
        Assert.Equal((false, 0.0, BestEpochCriterion.DevLoss, (int?)null), (config.CharCnn, config.WordDropout, config.Trainer.BestEpochBy, config.Trainer.Patience));
        Assert.False(ClinicalNer.Models.Encoders.EncoderConfig.Load(Path.Combine(paper, "encoder.json")).ReadsCharacters);
    }

    [Fact]
    public void Bio_constraints_on_a_softmax_model_is_one_clear_error()
    {
        using var temp = new TempDir();
        var output = Path.Combine(temp.Path, "run");
        var (code, error) = Train("--data", TinyRun.Corpus(temp.Path, 1, 1), "--model", "transformer-apt", "--bio-constraints", "--out", output);

        Assert.Equal(1, code);
        Assert.Equal("clinical-ner: --bio-constraints needs a CRF head; transformer-apt has none", error);
        Assert.False(Directory.Exists(output));
    }

    /// <summary>A copy of the fixture's finished run without its COMPLETED marker: an interrupted run whose last epoch is done.</summary>
    string Interrupted(TempDir temp, string from)
    {
        var copy = Path.Combine(temp.Path, "interrupted");
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "COMPLETED"))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return copy;
    }

    [Fact]
    public void Resume_takes_the_options_not_given_from_the_run_not_from_the_command_lines_defaults()
    {
        using var temp = new TempDir();
        var run = Interrupted(temp, trained.Run);

        // The run is tiny, seed 7, lr 1e-3, max-len 24: all unlike the command line's defaults, none of them given.
        var (code, error) = Train("--data", trained.Data, "--out", run, "--resume");

        Assert.True(code == 0, error);
        Assert.True(File.Exists(Path.Combine(run, "COMPLETED")));
    }

    [Fact]
    public void Resume_with_other_explicit_settings_is_refused_listing_each_difference()
    {
        using var temp = new TempDir();
        var run = Interrupted(temp, trained.Run);

        var (code, error) = Train("--data", trained.Data, "--out", run, "--resume", "--size", "small", "--lr", "0.0005", "--seed", "7", "--threads", "2");

        Assert.Equal(1, code);
        Assert.Equal($"clinical-ner: {run}: --resume with other settings than the run's config.json: --size small (the run: tiny), --lr 0.0005 (the run: 0.001), " +
                     "--threads 2 (the run: 1); resume with the run's own settings (--allow-threads-change accepts another --threads), or train a new run into another --out", error);
        Assert.False(File.Exists(Path.Combine(run, "COMPLETED")));
    }

    [Fact]
    public void Resume_under_preset_paper_compares_the_presets_values_with_the_run()
    {
        using var temp = new TempDir();
        var run = Interrupted(temp, trained.Run);

        var (code, error) = Train("--data", trained.Data, "--out", run, "--resume", "--preset", "paper");

        Assert.Equal(1, code);
        Assert.Contains("--size paper (the run: tiny)", error);
    }

    [Fact]
    public void Resume_with_other_data_is_refused()
    {
        using var temp = new TempDir();
        var run = Interrupted(temp, trained.Run);
        var other = TinyRun.Corpus(temp.Path, train: 2, test: 1);

        var (code, error) = Train("--data", other, "--out", run, "--resume");

        Assert.Equal(1, code);
        Assert.Contains($"--data {other} (the run: {trained.Data})", error);
    }

    [Fact]
    public void Resume_after_the_training_notes_changed_is_refused_naming_the_files()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 2, test: 1);
        var path = Path.Combine(temp.Path, "run");
        TrainingRun.Train(TinyRun.Config(data, epochs: 1), path, resume: false, vocabFile: null, TextWriter.Null);
        File.Delete(Path.Combine(path, "COMPLETED"));
        var note = Directory.EnumerateFiles(Path.Combine(data, "train"), "*.txt").Order(StringComparer.Ordinal).First();
        File.AppendAllText(note, "Extra line.\n");

        var (code, error) = Train("--data", data, "--out", path, "--resume");

        Assert.Equal(1, code);
        Assert.Equal($"clinical-ner: {Path.Combine(path, "data.json")}: the training data changed since the run began: train/{Path.GetFileName(note)} changed; " +
                     "restore the data the run began with, or train a new run into another --out", error);
    }

    [Fact]
    public void Another_thread_count_is_accepted_with_allow_threads_change_and_recorded()
    {
        using var temp = new TempDir();
        var run = Interrupted(temp, trained.Run);

        var (code, error) = Train("--data", trained.Data, "--out", run, "--resume", "--threads", "2", "--allow-threads-change");

        Assert.True(code == 0, error);
        Assert.Equal(2, RunConfig.Load(Path.Combine(run, "config.json")).Threads);
        Assert.Contains("threads changed from 1 to 2 on resume", File.ReadAllText(Path.Combine(run, "train.log")));
    }
}
