using System.Collections.Immutable;
using System.Text.Json;
using ClinicalNer.Inputs;
using ClinicalNer.Models;
using ClinicalNer.Models.Checkpoints;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Runtime;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Corpora;
using ClinicalNer.Text.Downsampling;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Text.WordPiece;
using ClinicalNer.Training.Runs;
using ClinicalNer.Training.Settings;
using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Training;

/// <summary>
/// A whole <c>train</c>: reads the corpus, down-samples, learns or copies the vocabulary, builds the model, trains
/// with checkpoints into a run folder and marks it complete. A resumed run takes every choice from the run's own
/// <c>config.json</c>, so that it continues exactly the run that was started, and is refused when its training data
/// changed (<see cref="RunIdentity"/>).
/// </summary>
public static class TrainingRun
{
    /// <summary>Size of a vocabulary learned from the training words when no <c>vocab.txt</c> is given.</summary>
    public const int DefaultLearnedVocabSize = 8_000;

    /// <summary>Trains the run at <paramref name="output"/> (a new one from <paramref name="config"/>, or the interrupted one there when <paramref name="resume"/>).</summary>
    /// <param name="config">The run's choices; ignored when resuming, except for a thread count above 0.</param>
    /// <param name="output">The run folder.</param>
    /// <param name="resume">Continue the interrupted run in <paramref name="output"/>.</param>
    /// <param name="vocabFile">A WordPiece <c>vocab.txt</c> to use instead of learning one (new runs).</param>
    /// <param name="progress">Receives the progress line and messages.</param>
    /// <param name="cancellation">Stops between batches; the last checkpoint stays for <c>--resume</c>.</param>
    /// <param name="held">The caller's lock on <paramref name="output"/> (a grid run's); without one, the run takes its own.</param>
    /// <exception cref="InvalidOperationException">Another process holds the run folder, or it holds a finished run (or, to resume, none).</exception>
    public static RunFolder Train(RunConfig config, string output, bool resume, string? vocabFile, TextWriter progress,
                                  CancellationToken cancellation = default, RunLock? held = null)
    {
        TorchRuntime.EnsureLoaded();
        config.CheckConstraints();
        // A bert-* run starts from the checkpoint's weights (loaded first, so that a missing checkpoint leaves no run
        // folder behind); a resumed one takes all weights from its own checkpoint.
        var pretrained = !resume && config.Model.IsPretrained() ? LoadPretrained(config, config.Device.Torch(), progress) : null;
        // One owner per run folder: a second train or evaluate is refused while this one runs. A folder to resume must
        // exist, so that a mistyped --out is not created just to hold a lock.
        if (resume && !Directory.Exists(output)) throw new InvalidOperationException($"{Path.GetFullPath(output)}: no such run folder to resume");
        using var ownLock = held is null ? RunLock.Hold(output, Path.Combine(output, "train.log")) : null;
        var run = resume ? RunFolder.Resume(output) : RunFolder.Create(output);
        if (pretrained is not null)
        {
            run.Log($"encoder {config.Encoder} from {pretrained.Checkpoint.Folder} ({pretrained.Checkpoint.Source}, commit {pretrained.Checkpoint.Commit ?? "local"})");
            foreach (var notice in pretrained.Notices) run.Log($"checkpoint notice: {notice}");
        }
        // A resumed run keeps the thread count it recorded, unless the caller names one (config.json then records the new
        // count; a run of an earlier version recorded 0, torch's default, and keeps it).
        var recorded = resume ? RunConfig.Load(run.ConfigPath) : null;
        if (recorded is not null) config = recorded with { Threads = config.Threads > 0 ? config.Threads : recorded.Threads };
        config.Trainer.Validate();
        // torch's default thread count is the machine's, and results depend on it: the run records the count it ran with.
        if (config.Threads > 0) set_num_threads(config.Threads);
        else config = config with { Threads = get_num_threads() };
        var device = config.Device.Torch();
        var inputOptions = config.Inputs();
        inputOptions.Validate();

        var splits = CorpusSplits.Load(config.Data, TaggingOptions.Default, config.DevSplitSeed);
        if (recorded is not null)
        {
            RunIdentity.CheckData(run.DataPath, splits.Fingerprint(config.Data));
            if (recorded.Threads > 0 && config.Threads != recorded.Threads)
            {
                run.Write(run.ConfigPath, config.ToJson());
                run.Log($"threads changed from {recorded.Threads} to {config.Threads} on resume: the weights will differ from an uninterrupted run's");
            }
        }
        var train = Downsampled(splits.Train, config, 0);
        var dev = config.DownsampleDev ? Downsampled(splits.Dev, config, 1) : splits.Dev;
        if (config.TrainOnDev) (train, dev) = ([.. train, .. dev], []);
        if (train.IsEmpty) throw new InvalidDataException($"{config.Data}: no training sentences");

        if (pretrained is not null)
            config = config with { LowerCase = pretrained.LowerCase, VocabSource = pretrained.Checkpoint.VocabPath, VocabSize = null };

        ImmutableArray<string> labels;
        EncoderConfig encoderConfig;
        if (resume)
        {
            labels = run.ReadLabels();
            encoderConfig = EncoderConfig.Load(run.EncoderConfigPath);
        }
        else
        {
            labels = Labels(train, dev);
            if (pretrained is not null) run.Copy(pretrained.Checkpoint.VocabPath, run.VocabPath);
            else if (vocabFile is not null) run.Copy(vocabFile, run.VocabPath);
            else
                WordPieceTrainer.Train(train.Select(s => string.Join(' ', s.Tokens.Select(t => t.Text))),
                                       new WordPieceTrainerOptions { VocabSize = config.VocabSize ?? DefaultLearnedVocabSize, LowerCase = config.LowerCase })
                                .Write(run.VocabPath);
            int vocabSize = File.ReadLines(run.VocabPath).Count();
            encoderConfig = pretrained?.Config ?? config.FromScratchEncoder(vocabSize);
            run.Write(run.ConfigPath, config.ToJson());
            run.Write(run.LabelsPath, string.Concat(labels.Select(l => l + "\n")));
            run.Write(run.EncoderConfigPath, encoderConfig.ToJson());
            run.Write(run.DataPath, splits.Fingerprint(config.Data).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
            run.Log($"start: {config.Model.Name()} on {config.Data}: {train.Length} training and {dev.Length} dev sentences, {labels.Length} labels");
        }

        manual_seed(config.Trainer.Seed);
        var head = config.Model.Head();
        var constraints = config.Constraints(labels);
        using var tagger = pretrained is not null
            ? new TokenTagger(pretrained.Encoder, labels.Length, head, constraints, device)
            : TokenTagger.Create(encoderConfig, labels.Length, head, constraints, device);
        using var optimizer = Optimizer(tagger, config.Trainer);
        var state = run.LoadCheckpoint(tagger, optimizer);
        if (resume) run.Log($"resume after epoch {state.EpochsDone} (step {state.Step})");

        var inputs = new InputBuilder(BertTokenizerFactory.FromFile(run.VocabPath, config.LowerCase), labels,
                                       inputOptions with { WordCharacters = encoderConfig.ReadsCharacters });
        var trainer = new Trainer(tagger, inputs, [.. train.Select(inputs.Build)], dev, [.. dev.Select(inputs.Build)],
                                  config.Trainer, run, device, progress);
        state = trainer.Run(state, optimizer, cancellation);
        run.Log($"finished: best epoch {state.BestEpoch}");
        run.MarkComplete();
        return run;
    }

    /// <summary>
    /// AdamW over all parameters at the peak learning rate; with a head learning rate of its own, two parameter groups:
    /// the encoder at <see cref="TrainerOptions.LearningRate"/>, the head (classifier and CRF) at <see cref="TrainerOptions.HeadLearningRate"/>.
    /// </summary>
    static AdamW Optimizer(TokenTagger tagger, TrainerOptions options) => options.HeadLearningRate is { } headRate
        ? new AdamW(AdamW.EncoderAndHead(tagger, options.LearningRate, headRate), options.LearningRate, options.WeightDecay)
        : new AdamW(tagger.parameters(), options.LearningRate, options.WeightDecay);

    static PretrainedEncoder LoadPretrained(RunConfig config, Device device, TextWriter progress)
    {
        var id = config.Encoder ?? throw new ArgumentException($"{config.Model.Name()} needs --encoder ID_OR_PATH (a Hugging Face model id or a checkpoint folder)");
        var pretrained = PretrainedEncoder.Load(id, device: device);
        foreach (var notice in pretrained.Notices) progress.WriteLine($"{id}: {notice}");
        return pretrained;
    }

    static ImmutableArray<Sentence> Downsampled(ImmutableArray<Sentence> sentences, RunConfig config, int part) =>
        config.Downsample is { } p
            ? Downsampler.Downsample(sentences, DownsampleOptions.Keep(p, config.DownsampleSeed + part)).Kept
            : sentences;

    /// <summary>
    /// O first, then every other label of train and dev in ordinal order, with <c>I-X</c> for every <c>B-X</c>: the
    /// continuation pieces of a one-word entity are labelled <c>I-X</c> even where no word is.
    /// </summary>
    static ImmutableArray<string> Labels(IEnumerable<Sentence> train, IEnumerable<Sentence> dev)
    {
        var seen = train.Concat(dev).SelectMany(s => s.Tags).Where(t => t != "O").ToHashSet(StringComparer.Ordinal);
        foreach (var label in seen.ToArray()) seen.Add(WordPieceAlignment.ContinuationLabel(label));
        return ["O", .. seen.Order(StringComparer.Ordinal)];
    }
}
