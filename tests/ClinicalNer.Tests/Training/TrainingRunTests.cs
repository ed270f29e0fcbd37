using System.Text.Json;
using ClinicalNer.Inference;
using ClinicalNer.Metrics;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Models.Encoders.BiLstm;
using ClinicalNer.Text.Conll;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Training;
using ClinicalNer.Training.Runs;
using ClinicalNer.Training.Settings;
using TorchSharp;

namespace ClinicalNer.Tests.Training;

[Trait("Category", "Integration")]
public class TrainingRunTests
{
    /// <summary>Cancels its token when the trainer ends an epoch's progress line (before that epoch's checkpoint, honoured at the next batch).</summary>
    internal sealed class CancelAfterEpochs(CancellationTokenSource source, int epochs) : StringWriter
    {
        int _ended;
        public override void WriteLine()
        {
            if (++_ended == epochs) source.Cancel();
        }
    }

    [Fact]
    public void Train_evaluate_predict_runs_end_to_end_and_fills_the_run_folder()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path);
        var run = TrainingRun.Train(TinyRun.Config(data), Path.Combine(temp.Path, "run"), resume: false, vocabFile: null, TextWriter.Null);

        foreach (var name in new[] { "config.json", "labels.txt", "vocab.txt", "encoder.json", "model.safetensors", "epochs.jsonl", "data.json", "train.log", "COMPLETED" })
            Assert.True(File.Exists(run.File(name)), name);
        var epochs = run.ReadEpochs();
        Assert.Equal([1, 2], epochs.Select(e => e.Epoch));
        Assert.All(epochs, e => Assert.True(e.DevLoss > 0));
        var fingerprint = JsonDocument.Parse(File.ReadAllText(run.DataPath)).RootElement;
        Assert.Equal(12, fingerprint.GetProperty("files").EnumerateObject().Count()); // 6 notes, .txt and .ann
        Assert.Equal(6, fingerprint.GetProperty("train_documents").GetInt32() + fingerprint.GetProperty("dev_documents").GetInt32());
        Assert.Equal("O", run.ReadLabels()[0]);

        var (reports, _) = RunEvaluation.Evaluate(run.Path, data);
        var metrics = MetricsFile.Read(run.MetricsPath);
        Assert.Equal(ScoreUnits.Names, metrics.Reports.Select(r => r.Unit.Name()));
        Assert.Equal(reports["entity-strict"], metrics["entity-strict"]);
        Assert.Equal(Path.GetFullPath(data), metrics.Data?.Directory);
        Assert.Equal(RunMetrics.WeightsHash(run.ModelPath), metrics.WeightsSha256);
        // The word CoNLL files hold every test word: gold and predicted side by side.
        var gold = ClinicalNer.Text.Conll.ConllReader.Read(run.File("predictions/test.gold.word.conll"));
        var predicted = ClinicalNer.Text.Conll.ConllReader.Read(run.File("predictions/test.pred.word.conll"));
        Assert.Equal(gold.Sentences.Sum(s => s.Tokens.Length), predicted.Sentences.Sum(s => s.Tokens.Length));
        Assert.Equal(reports["word"].Accuracy, Scorer.Score(RunEvaluation.Predictions(run.Path, subtokens: false), ScoreUnit.Word).Accuracy);
        Assert.Equal(reports["subtoken"].Macro, Scorer.Score(RunEvaluation.Predictions(run.Path, subtokens: true), ScoreUnit.Subtoken).Macro);

        var output = Path.Combine(temp.Path, "predicted");
        Assert.Equal(2, RunPrediction.Predict(run.Path, Path.Combine(data, "test"), output, confidence: true));
        foreach (var txt in Directory.EnumerateFiles(Path.Combine(data, "test"), "*.txt"))
        {
            Assert.Equal(File.ReadAllText(txt), File.ReadAllText(Path.Combine(output, Path.GetFileName(txt))));
            var ann = File.ReadAllLines(Path.ChangeExtension(Path.Combine(output, Path.GetFileName(txt)), ".ann"));
            Assert.Equal(ann.Count(l => l.StartsWith('T')), ann.Count(l => l.StartsWith('#')));
            foreach (var note in ann.Where(l => l.StartsWith('#')))
            {
                double p = double.Parse(note[(note.IndexOf('=') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                Assert.InRange(p, 0, 1);
            }
        }
    }

    [Fact]
    public void Finished_run_is_never_overwritten_or_resumed()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 3, test: 1);
        var path = Path.Combine(temp.Path, "run");
        TrainingRun.Train(TinyRun.Config(data, epochs: 1), path, false, null, TextWriter.Null);
        var weights = File.ReadAllBytes(Path.Combine(path, "model.safetensors"));
        Assert.Throws<InvalidOperationException>(() => TrainingRun.Train(TinyRun.Config(data, epochs: 1), path, false, null, TextWriter.Null));
        Assert.Throws<InvalidOperationException>(() => TrainingRun.Train(TinyRun.Config(data, epochs: 1), path, true, null, TextWriter.Null));
        Assert.Equal(weights, File.ReadAllBytes(Path.Combine(path, "model.safetensors")));
    }

    [Theory]
    [InlineData("transformer-crf", false)]
    [InlineData("transformer-apt", false)]
    [InlineData("transformer-crf", true)]
    [InlineData("bilstm-crf", true)]
    public void Interrupted_and_resumed_run_ends_with_the_same_weights(string model, bool characters)
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 4, test: 1);
        // Word dropout draws from torch's generator, which the checkpoint must restore for the resumed run to match.
        var config = TinyRun.Config(data, model, epochs: 3) with { CharCnn = characters, WordDropout = characters ? 0.2 : 0 };
        var whole = TrainingRun.Train(config, Path.Combine(temp.Path, "whole"), false, null, TextWriter.Null);

        var interruptedPath = Path.Combine(temp.Path, "interrupted");
        using (var cancel = new CancellationTokenSource())
            Assert.Throws<OperationCanceledException>(() =>
                TrainingRun.Train(config, interruptedPath, false, null, new CancelAfterEpochs(cancel, 1), cancel.Token));
        Assert.False(File.Exists(Path.Combine(interruptedPath, "COMPLETED")));
        Assert.Single(File.ReadAllLines(Path.Combine(interruptedPath, "epochs.jsonl")));
        var resumed = TrainingRun.Train(config, interruptedPath, true, null, TextWriter.Null);

        Assert.Equal(File.ReadAllBytes(whole.File("checkpoint/epoch-3/weights.safetensors")), File.ReadAllBytes(resumed.File("checkpoint/epoch-3/weights.safetensors")));
        Assert.Equal(File.ReadAllBytes(whole.ModelPath), File.ReadAllBytes(resumed.ModelPath));
        static double[] Losses(RunFolder r) => [.. r.ReadEpochs().Select(e => e.TrainLoss)];
        Assert.Equal(Losses(whole), Losses(resumed));
    }

    [Fact]
    public void Bilstm_crf_trains_evaluates_and_predicts_brat()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 4, test: 1);
        var run = TrainingRun.Train(TinyRun.Config(data, "bilstm-crf") with { WordDropout = 0.1 }, Path.Combine(temp.Path, "run"), false, null, TextWriter.Null);

        var encoder = ClinicalNer.Models.Encoders.EncoderConfig.Load(run.EncoderConfigPath);
        Assert.Equal("bilstm", encoder.ModelType);
        Assert.Equal(0.1, ((ClinicalNer.Models.Encoders.BiLstm.BiLstmConfig)encoder).WordDropout);
        var (reports, _) = RunEvaluation.Evaluate(run.Path, data);
        Assert.InRange(reports["entity-strict"].Micro.F1, 0, 1);
        var output = Path.Combine(temp.Path, "predicted");
        Assert.Equal(1, RunPrediction.Predict(run.Path, Path.Combine(data, "test"), output, confidence: false));
        Assert.Single(Directory.GetFiles(output, "*.ann"));
    }

    [Fact]
    public void Early_stopping_ends_training_after_patience_epochs_without_a_better_one()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 3, test: 1);
        var tiny = TinyRun.Config(data, epochs: 6);
        // A learning rate this small leaves dev F1 where it started, so no epoch after the first is better.
        var config = tiny with { Trainer = tiny.Trainer with { LearningRate = 1e-12, BestEpochBy = BestEpochCriterion.DevF1, Patience = 2 } };
        var run = TrainingRun.Train(config, Path.Combine(temp.Path, "run"), false, null, TextWriter.Null);

        var epochs = run.ReadEpochs();
        Assert.Equal([1, 2, 3], epochs.Select(e => e.Epoch));
        Assert.Equal([true, false, false], epochs.Select(e => e.Best));
        Assert.True(File.Exists(run.File("COMPLETED")));
    }

    [Fact]
    public void Patience_with_the_last_epoch_rule_is_refused() =>
        Assert.Throws<ArgumentException>(() => new TrainerOptions { BestEpochBy = BestEpochCriterion.LastEpoch, Patience = 3 }.Validate());

    [Fact]
    public void Non_finite_loss_stops_training_with_a_clear_error()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 3, test: 1);
        var config = TinyRun.Config(data, "transformer-apt", epochs: 1, lr: 1e30) with { Trainer = TinyRun.Config(data).Trainer with { LearningRate = 1e30, GradientClip = null, WarmupFraction = 0 } };
        var error = Assert.Throws<TrainingDivergedException>(() => TrainingRun.Train(config, Path.Combine(temp.Path, "run"), false, null, TextWriter.Null));
        Assert.Contains("lower --lr", error.Message);
        Assert.False(File.Exists(Path.Combine(temp.Path, "run", "COMPLETED")));
    }

    [Fact]
    public void Live_tensor_count_does_not_grow_with_batches()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 3, test: 1);
        ClinicalNer.Runtime.TorchRuntime.EnsureLoaded();
        // Whatever a batch leaked would stay alive after its run: a run of three times the batches must leave no more.
        long Live() => DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        long Growth(string model, int epochs, string name)
        {
            long before = Live();
            TrainingRun.Train(TinyRun.Config(data, model, epochs: epochs) with { CharCnn = true }, Path.Combine(temp.Path, name), false, null, TextWriter.Null);
            return Live() - before;
        }
        foreach (var model in new[] { "transformer-crf", "bilstm-crf" })
        {
            Growth(model, 1, $"{model}-warm");
            Assert.Equal(Growth(model, 1, $"{model}-one"), Growth(model, 3, $"{model}-three"));
        }
    }
}
