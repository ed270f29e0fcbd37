using System.Diagnostics;
using ClinicalNer.Inference;
using ClinicalNer.Inputs;
using ClinicalNer.Metrics;
using ClinicalNer.Models;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Training.Runs;
using ClinicalNer.Training.Settings;
using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Training;

/// <summary>
/// Trains a <see cref="TokenTagger"/>: AdamW with a linear schedule stepped every batch, optional clipping, a dev
/// evaluation and a checkpoint after every epoch, the best epoch's weights kept as the run's model. Everything
/// random is seeded, and a checkpoint holds all the state a later epoch depends on (weights, optimizer moments,
/// schedule step, the torch generator; batch order is a function of seed and epoch), so a resumed run ends with
/// the same weights as an uninterrupted one.
/// </summary>
public sealed class Trainer
{
    readonly TokenTagger _tagger;
    readonly InputBuilder _inputs;
    readonly IReadOnlyList<SubtokenSequence> _train;
    readonly IReadOnlyList<Sentence> _devSentences;
    readonly IReadOnlyList<SubtokenSequence> _dev;
    readonly TrainerOptions _options;
    readonly RunFolder _run;
    readonly Device _device;
    readonly TextWriter _progress;

    /// <summary>Prepares a run.</summary>
    /// <param name="tagger">The model, freshly initialised from <see cref="TrainerOptions.Seed"/>.</param>
    /// <param name="inputs">How sentences became the sequences.</param>
    /// <param name="train">Training sequences.</param>
    /// <param name="devSentences">Dev sentences (tagged), possibly none.</param>
    /// <param name="dev">Their encodings.</param>
    /// <param name="options">Optimisation choices.</param>
    /// <param name="run">Where checkpoints, records and the model go.</param>
    /// <param name="device">Where the model lives.</param>
    /// <param name="progress">Receives the progress line (stderr in the CLI).</param>
    public Trainer(TokenTagger tagger, InputBuilder inputs, IReadOnlyList<SubtokenSequence> train,
                   IReadOnlyList<Sentence> devSentences, IReadOnlyList<SubtokenSequence> dev,
                   TrainerOptions options, RunFolder run, Device device, TextWriter progress)
    {
        options.Validate();
        (_tagger, _inputs, _train, _devSentences, _dev, _options, _run, _device, _progress) =
            (tagger, inputs, train, devSentences, dev, options, run, device, progress);
    }

    /// <summary>
    /// Trains from <paramref name="state"/> (the start, or a checkpoint's state after <see cref="RunFolder.LoadCheckpoint"/>)
    /// to the last epoch. Cancellation is honoured between batches; the last complete checkpoint stays.
    /// </summary>
    /// <returns>The final state.</returns>
    /// <exception cref="TrainingDivergedException">A batch loss was NaN or infinite.</exception>
    public TrainingState Run(TrainingState state, TorchSharp.Modules.OptimizerHelper optimizer, CancellationToken cancellation = default)
    {
        var windows = new List<SequenceWindow>();
        for (int s = 0; s < _train.Count; s++) windows.AddRange(_inputs.Windows(s, _train[s].Length));
        int stepsPerEpoch = (windows.Count + _options.BatchSize - 1) / _options.BatchSize;
        int totalSteps = stepsPerEpoch * _options.Epochs;
        var schedule = new LinearSchedule(_options.LearningRate, (int)Math.Round(_options.WarmupFraction * totalSteps), totalSteps);
        for (int epoch = state.EpochsDone; epoch < _options.Epochs && !PatienceRanOut(state); epoch++)
        {
            var clock = Stopwatch.StartNew();
            var batches = BatchPlanner.Shuffled(windows, _options.BatchSize, _options.Seed, epoch);
            _tagger.train();
            double lossSum = 0, lr = 0;
            long subtokens = 0;
            int step = state.Step;
            var lastReport = Stopwatch.StartNew();
            for (int b = 0; b < batches.Count; b++)
            {
                cancellation.ThrowIfCancellationRequested();
                using var scope = NewDisposeScope();
                var batch = TrainingBatch.Create([.. batches[b].Select(i => windows[i])], _train, _inputs, _device);
                lr = schedule.At(step);
                // each parameter group follows the schedule in proportion to its own peak (a fine-tuned head's may be larger)
                foreach (var group in optimizer.ParamGroups) group.LearningRate = lr * (group.InitialLearningRate / _options.LearningRate);
                optimizer.zero_grad();
                var loss = _tagger.forward(batch.InputIds, batch.AttentionMask, batch.LabelIds, batch.LabelMask, batch.Characters);
                double value = loss.item<float>();
                if (!double.IsFinite(value))
                    throw new TrainingDivergedException($"training loss became {value} at epoch {epoch + 1}, batch {b + 1} (step {step + 1}); lower --lr or check the data");
                loss.backward();
                if (_options.GradientClip is { } clip) nn.utils.clip_grad_norm_(_tagger.parameters(), clip);
                optimizer.step();
                step++;
                lossSum += value;
                subtokens += batch.Subtokens;
                if (lastReport.ElapsedMilliseconds >= 1000 || b == batches.Count - 1)
                {
                    Progress(epoch, b + 1, batches.Count, lossSum / (b + 1), subtokens / clock.Elapsed.TotalSeconds,
                             clock.Elapsed.TotalSeconds / (b + 1) * (batches.Count - b - 1 + (long)(_options.Epochs - epoch - 1) * batches.Count));
                    lastReport.Restart();
                }
            }
            _progress.WriteLine();
            double trainSeconds = clock.Elapsed.TotalSeconds;
            var (devLoss, subtokenF1, entityF1) = EvaluateDev();
            double criterion = _options.BestEpochBy == BestEpochCriterion.DevLoss ? devLoss ?? lossSum / batches.Count : -(entityF1 ?? 0);
            bool best = state.BestEpoch == 0 || criterion < state.BestValue || _options.BestEpochBy == BestEpochCriterion.LastEpoch;
            var record = new EpochRecord(epoch + 1, lossSum / Math.Max(1, batches.Count), devLoss, subtokenF1, entityF1, lr, step,
                                         clock.Elapsed.TotalSeconds, subtokens / trainSeconds,
                                         Process.GetCurrentProcess().PeakWorkingSet64, best);
            state = new TrainingState(epoch + 1, step, best ? epoch + 1 : state.BestEpoch, best ? criterion : state.BestValue,
                                      [.. state.Epochs, record]);
            _run.SaveCheckpoint(_tagger, optimizer, state, best);
            _run.Log($"epoch {record.Epoch}: train loss {record.TrainLoss:F4}, dev loss {Show(devLoss)}, dev sub-token macro F1 {Show(subtokenF1)}, " +
                     $"dev entity-strict F1 {Show(entityF1)}, {record.SubtokensPerSecond:F0} sub-tokens/s, {record.WallSeconds:F1} s{(best ? ", best so far" : "")}");
        }
        return state;
    }

    /// <summary>True when early stopping is on and the last <see cref="TrainerOptions.Patience"/> epochs did not beat the best.</summary>
    bool PatienceRanOut(TrainingState state) => _options.Patience is { } patience && state.EpochsDone - state.BestEpoch >= patience;

    static string Show(double? value) => value is { } v ? v.ToString("F4") : "n/a";

    void Progress(int epoch, int batch, int batches, double loss, double rate, double etaSeconds) =>
        _progress.Write($"\repoch {epoch + 1}/{_options.Epochs} batch {batch}/{batches} loss {loss:F4} {rate:F0} sub-tokens/s ETA {TimeSpan.FromSeconds(Math.Round(etaSeconds)):g}   ");

    (double? Loss, double? SubtokenF1, double? EntityF1) EvaluateDev()
    {
        if (_dev.Count == 0) return (null, null, null);
        var windows = new List<SequenceWindow>();
        for (int s = 0; s < _dev.Count; s++) windows.AddRange(_inputs.Windows(s, _dev[s].Length));
        _tagger.eval();
        double lossSum = 0;
        int count = 0;
        using (no_grad())
        {
            foreach (var indices in BatchPlanner.Sorted(windows, SubtokenPredictor.DefaultBatchSize))
            {
                using var scope = NewDisposeScope();
                var batch = TrainingBatch.Create([.. indices.Select(i => windows[i])], _dev, _inputs, _device);
                lossSum += _tagger.forward(batch.InputIds, batch.AttentionMask, batch.LabelIds, batch.LabelMask, batch.Characters).item<float>() * indices.Length;
                count += indices.Length;
            }
        }
        var predictions = new SentencePredictions(_devSentences, _dev, SubtokenPredictor.Predict(_tagger, _inputs, _dev, _device), _inputs);
        _tagger.train();
        return (lossSum / count, predictions.Score(ScoreUnit.Subtoken).Macro.F1, predictions.Score(ScoreUnit.EntityStrict).Micro.F1);
    }
}
