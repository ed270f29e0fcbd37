using System.CommandLine;
using ClinicalNer.Cli.Commands;
using ClinicalNer.Models.Checkpoints;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Training;
using ClinicalNer.Training.Runs;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Tests.Training;

/// <summary>
/// A pre-trained encoder fine-tunes with <see cref="FineTunePreset"/>'s defaults, recorded in <c>config.json</c>,
/// and its head's learning rate reaches the head alone; from-scratch runs keep <see cref="CpuPreset"/>'s.
/// </summary>
public class FineTunePresetTests
{
    static RunConfig TrainCommandConfig(TempDir temp, params string[] args)
    {
        var output = Path.Combine(temp.Path, "run-" + Guid.NewGuid().ToString("N"));
        var error = new StringWriter();
        var code = TrainCommand.Create().Parse([.. args, "--max-len", "32", "--threads", "1", "--out", output])
            .Invoke(new InvocationConfiguration { Output = TextWriter.Null, Error = error });
        Assert.True(code == 0, error.ToString());
        return RunConfig.Load(Path.Combine(output, "config.json"));
    }

    [Fact]
    public void Fine_tuning_without_options_records_the_fine_tune_defaults()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 2, test: 1);
        var checkpoint = FineTuningTests.Checkpoint(Path.Combine(temp.Path, "checkpoint"), data, "bert");

        var trainer = TrainCommandConfig(temp, "--data", data, "--model", "bert-crf", "--encoder", checkpoint).Trainer;

        Assert.Equal((FineTunePreset.Epochs, FineTunePreset.LearningRate, FineTunePreset.HeadLearningRate, FineTunePreset.Warmup, FineTunePreset.BestEpochBy),
                     (trainer.Epochs, trainer.LearningRate, trainer.HeadLearningRate, trainer.WarmupFraction, trainer.BestEpochBy));
    }

    [Fact]
    public void Explicit_options_win_over_the_fine_tune_defaults_and_from_scratch_runs_keep_one_rate()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 2, test: 1);
        var checkpoint = FineTuningTests.Checkpoint(Path.Combine(temp.Path, "checkpoint"), data, "bert");

        var tuned = TrainCommandConfig(temp, "--data", data, "--model", "bert-apt", "--encoder", checkpoint,
                                       "--epochs", "1", "--lr", "1e-4", "--head-lr", "2e-3", "--warmup", "0", "--best-by", "loss").Trainer;
        var scratch = TrainCommandConfig(temp, "--data", data, "--size", "tiny", "--epochs", "1", "--vocab-size", "200").Trainer;

        Assert.Equal((1, 1e-4, (double?)2e-3, 0.0, BestEpochCriterion.DevLoss),
                     (tuned.Epochs, tuned.LearningRate, tuned.HeadLearningRate, tuned.WarmupFraction, tuned.BestEpochBy));
        Assert.Equal((CpuPreset.LearningRate, (double?)null, CpuPreset.Warmup, CpuPreset.BestEpochBy),
                     (scratch.LearningRate, scratch.HeadLearningRate, scratch.WarmupFraction, scratch.BestEpochBy));
    }

    [Fact]
    public void Preset_paper_takes_the_papers_values_for_every_option_not_given()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 2, test: 1);
        var paper = PaperPreset.For(Model.TransformerCrf, null);

        var trainer = TrainCommandConfig(temp, "--data", data, "--preset", "paper", "--size", "tiny", "--epochs", "1", "--vocab-size", "200").Trainer;

        Assert.Equal((1, paper.BatchSize, paper.LearningRate, (double?)null, 0.0, (double?)null, BestEpochCriterion.DevLoss),
                     (trainer.Epochs, trainer.BatchSize, trainer.LearningRate, trainer.HeadLearningRate, trainer.WarmupFraction, trainer.GradientClip, trainer.BestEpochBy));
    }

    [Trait("Category", "Integration")]
    [Fact]
    public void An_interrupted_fine_tuning_run_with_a_head_rate_resumes_to_the_same_weights()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 2, test: 1);
        var checkpoint = FineTuningTests.Checkpoint(Path.Combine(temp.Path, "checkpoint"), data, "bert");
        var config = TinyRun.Config(data, "bert-crf", epochs: 2) with
        {
            Size = null, Encoder = checkpoint, SpecialTokens = true,
            Trainer = TinyRun.Config(data).Trainer with { Epochs = 2, LearningRate = 5e-5, HeadLearningRate = 1e-2 },
        };
        var whole = TrainingRun.Train(config, Path.Combine(temp.Path, "whole"), false, null, TextWriter.Null);

        var interruptedPath = Path.Combine(temp.Path, "interrupted");
        using (var cancel = new CancellationTokenSource())
            Assert.Throws<OperationCanceledException>(() =>
                TrainingRun.Train(config, interruptedPath, false, null, new TrainingRunTests.CancelAfterEpochs(cancel, 1), cancel.Token));
        var resumed = TrainingRun.Train(config, interruptedPath, true, null, TextWriter.Null);

        Assert.Equal(File.ReadAllBytes(whole.File("checkpoint/epoch-2/weights.safetensors")), File.ReadAllBytes(resumed.File("checkpoint/epoch-2/weights.safetensors")));
    }

    [Fact]
    public void The_head_learning_rate_moves_the_head_while_a_vanishing_encoder_rate_keeps_the_encoder()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 2, test: 1);
        var checkpoint = FineTuningTests.Checkpoint(Path.Combine(temp.Path, "checkpoint"), data, "bert");
        RunFolder Train(string name, double? headRate) => TrainingRun.Train(
            TinyRun.Config(data, "bert-crf", epochs: 1, lr: 1e-12) with
            {
                Size = null, Encoder = checkpoint, SpecialTokens = true,
                Trainer = TinyRun.Config(data).Trainer with { Epochs = 1, LearningRate = 1e-12, HeadLearningRate = headRate, GradientClip = null },
            },
            Path.Combine(temp.Path, name), resume: false, vocabFile: null, TextWriter.Null);

        var (oneRate, twoRates) = (Train("one", null), Train("two", 1e-2));

        var (original, a, b) = (SafetensorsFile.Read(Path.Combine(checkpoint, "model.safetensors")), SafetensorsFile.Read(oneRate.ModelPath), SafetensorsFile.Read(twoRates.ModelPath));
        try
        {
            var shared = original.Keys.Where(b.ContainsKey).ToList();
            Assert.True(shared.Count >= 16, "the run's encoder keeps the checkpoint's keys");
            foreach (var key in shared)
                Assert.True(b[key].sub(original[key]).abs().max().item<float>() < 1e-6, $"encoder tensor {key} moved");
            foreach (var key in new[] { "classifier.weight", "crf.transitions" })
                Assert.True(b[key].sub(a[key]).abs().max().item<float>() > 1e-3, $"{key} did not move at the head's rate");
        }
        finally
        {
            foreach (var tensor in original.Values.Concat(a.Values).Concat(b.Values)) tensor.Dispose();
        }
    }
}
