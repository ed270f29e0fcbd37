using System.CommandLine;
using System.Globalization;
using ClinicalNer.Cli.Commands.Arguments;
using ClinicalNer.Inputs;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Runtime;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Text.WordPiece;
using ClinicalNer.Training;
using ClinicalNer.Training.Runs;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Cli.Commands;

/// <summary><c>train</c>: trains a tagger on a corpus into a run folder (or resumes an interrupted run).</summary>
static class TrainCommand
{
    static readonly string DefaultSize = CpuPreset.Size.Name();
    const int DefaultEpochs = CpuPreset.Epochs;
    const int DefaultBatch = CpuPreset.BatchSize;
    const double DefaultLearningRate = CpuPreset.LearningRate;
    const double DefaultWarmup = CpuPreset.Warmup;
    const double DefaultClip = CpuPreset.Clip;

    static string Rate(double learningRate) => learningRate.ToString("0.##e0", CultureInfo.InvariantCulture);

    /// <summary>The special tokens and at least one more: a smaller vocabulary cannot encode any word.</summary>
    static readonly int MinimumVocabSize = ClinicalNer.Text.WordPiece.BertTokenizerFactory.SpecialTokens.Count + 1;

    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Corpus folder: brat train/ test/ [dev/] folders, or CoNLL train.txt test.txt [valid.txt].", Required = true };
        var model = new Option<string>("--model") { Description = "transformer-crf, transformer-apt (from scratch), bert-crf or bert-apt (pre-trained --encoder), or bilstm-crf (from scratch; beyond the paper).", DefaultValueFactory = _ => "transformer-crf" }
            .AcceptOnlyFromAmong([.. SettingNames.Models.Names]);
        var size = new Option<string>("--size") { Description = "From-scratch architecture: tiny, mini, small or paper.", DefaultValueFactory = _ => DefaultSize }
            .AcceptOnlyFromAmong([.. SettingNames.Sizes.Names]);
        var encoder = new Option<string>("--encoder") { Description = "Pre-trained encoder for bert-*: a Hugging Face model id or a checkpoint folder." };
        var epochs = new Option<int>("--epochs") { Description = $"Most epochs (bert-* fine-tuning: {FineTunePreset.Epochs}).", DefaultValueFactory = _ => DefaultEpochs }.AtLeast(1);
        var batch = new Option<int>("--batch") { Description = "Windows per step.", DefaultValueFactory = _ => DefaultBatch }.AtLeast(1);
        var lr = new Option<double>("--lr") { Description = $"Peak learning rate (AdamW, linear schedule; bert-* fine-tuning: {Rate(FineTunePreset.LearningRate)} for the encoder).", DefaultValueFactory = _ => DefaultLearningRate }.Above(0.0);
        var headLr = new Option<double?>("--head-lr") { Description = $"Peak learning rate of the head (classifier and CRF), when it differs from --lr (bert-* fine-tuning: {Rate(FineTunePreset.HeadLearningRate)}; otherwise --lr for all)." }.Above(0.0);
        var warmup = new Option<double>("--warmup") { Description = $"Share of steps warming up (the paper: 0; bert-* fine-tuning: {FineTunePreset.Warmup.ToString(CultureInfo.InvariantCulture)}).", DefaultValueFactory = _ => DefaultWarmup }.AtLeast(0.0).Below(1.0);
        var clip = new Option<double>("--clip") { Description = "Largest gradient norm; 0 for none (the paper).", DefaultValueFactory = _ => DefaultClip }.AtLeast(0.0);
        var seed = new Option<long>("--seed") { Description = "Seed of initialisation, dropout, batch order, down-sampling and the dev split.", DefaultValueFactory = _ => 1 };
        var downsample = new Option<double?>("--downsample") { Description = "Keep probability of entity-free sentences (the paper's SamBD: 0.08)." }.AtLeast(0.0).AtMost(1.0);
        var maxLen = new Option<int>("--max-len") { Description = "Longest model input in sub-tokens.", DefaultValueFactory = _ => InputOptions.PaperMaxLength }.AtLeast(2);
        var longSentences = new Option<string>("--long-sentences") { Description = "Longer sentences: overlapping windows (no token lost) or the paper's truncation.", DefaultValueFactory = _ => "window" }
            .AcceptOnlyFromAmong([.. SettingNames.LongSentences.Names]);
        var labelling = new Option<string>("--labelling") { Description = "Sub-tokens with a label: all (the paper) or first.", DefaultValueFactory = _ => "all" }
            .AcceptOnlyFromAmong([.. SettingNames.Labellings.Names]);
        var special = new Option<bool?>("--special-tokens") { Description = "Wrap inputs in [CLS] ... [SEP] (true/false; default: on for bert-* except under --preset paper, off for the from-scratch models)." };
        var bestBy = new Option<string>("--best-by") { Description = "Best epoch by dev entity-strict F1 (the default, also for bert-* fine-tuning) or dev loss (the paper; --preset paper).", DefaultValueFactory = _ => "f1" }
            .AcceptOnlyFromAmong("loss", "f1");
        var patience = new Option<int?>("--patience") { Description = $"Stop after this many epochs without a better best epoch; 0 trains every epoch (transformer-crf and transformer-apt; --preset paper). [default: {CpuPreset.Patience}]" }.AtLeast(0);
        var charCnn = new Option<bool>("--char-cnn") { Description = $"From-scratch models: a character CNN over each word, added to its embedding (true/false; not in the paper). [default: {CpuPreset.CharCnn.ToString().ToLowerInvariant()}; --preset paper: false]", DefaultValueFactory = _ => CpuPreset.CharCnn };
        var wordDropout = new Option<double>("--word-dropout") { Description = $"From-scratch models: probability of zeroing a token's embedding while training (bilstm-crf: {CpuPreset.BiLstmWordDropout}; not in the paper; --preset paper: 0).", DefaultValueFactory = _ => CpuPreset.WordDropout }.AtLeast(0.0).Below(1.0);
        var positions = new Option<string>("--positions") { Description = $"From-scratch Transformers: absolute learned positions (the paper) or relative ones in the attention, as BERT's position_embedding_type (not in the paper; --preset paper: absolute).", DefaultValueFactory = _ => CpuPreset.Positions.Name() }
            .AcceptOnlyFromAmong([.. PositionEmbeddingTypes.Spellings.Names]);
        var dropout = new Option<double?>("--dropout") { Description = "From-scratch models: dropout inside the encoder. [default: the architecture's own: 0.1 in the Transformer, 0.5 in the BiLSTM]" }.AtLeast(0.0).Below(1.0);
        var bio = new Option<bool>("--bio-constraints") { Description = "Forbid invalid BIO transitions in the CRF (I-X at the start or after O or another type); CRF models only (transformer-crf, bilstm-crf, bert-crf)." };
        var device = new Option<string>("--device") { Description = "cpu or cuda.", DefaultValueFactory = _ => "cpu" }.AcceptOnlyFromAmong([.. SettingNames.Devices.Names]);
        var threads = new Option<int>("--threads") { Description = "torch threads (0: torch's default).", DefaultValueFactory = _ => 0 }.AtLeast(0);
        var vocab = new Option<string>("--vocab") { Description = "WordPiece vocab.txt; by default one is learned from the training words." };
        var vocabSize = new Option<int>("--vocab-size") { Description = $"Size of the learned vocabulary (--preset paper: {TrainingRun.DefaultLearnedVocabSize}).", DefaultValueFactory = _ => CpuPreset.VocabSize }.AtLeast(MinimumVocabSize);
        var preset = new Option<string>("--preset") { Description = "paper: the paper's batch, epochs and learning rate for this model and encoder id, its size, truncation at 180, no warm-up or clipping, no [CLS]/[SEP] (explicit options still win)." }
            .AcceptOnlyFromAmong("paper");
        var resume = new Option<bool>("--resume") { Description = "Continue the interrupted run in --out from its last checkpoint; options given must match the run's config.json, and its data its data.json." };
        var allowThreads = new Option<bool>("--allow-threads-change") { Description = "With --resume: continue with another --threads than the run recorded (its weights then differ from an uninterrupted run's; config.json records the new count)." };
        var output = new Option<string>("--out") { Description = "Run folder (default: runs/MODEL-TIMESTAMP); never written over once finished." };
        var command = new Command("train", "Train a tagger (TransformerCRF/Apt from scratch, or a BERT-family encoder fine-tuned) into a run folder.");
        foreach (var o in new Option[] { data, model, size, encoder, epochs, batch, lr, headLr, warmup, clip, seed, downsample, maxLen, longSentences,
                                         labelling, special, bestBy, patience, charCnn, wordDropout, positions, dropout, bio, device, threads, vocab, vocabSize, preset,
                                         resume, allowThreads, output })
            command.Options.Add(o);
        command.SetAction(pr => Verb.Run(pr, () =>
        {
            var name = SettingNames.Models.Parse(pr.GetValue(model)!);
            bool pretrained = name.IsPretrained();
            if (pretrained && pr.GetValue(encoder) is null) throw new ArgumentException($"{name.Name()} needs --encoder ID_OR_PATH");
            if (pr.GetValue(resume) && pr.GetValue(output) is null) throw new ArgumentException("--resume needs --out RUN");
            if (pr.GetResult(vocab) is not null && pr.GetResult(vocabSize) is { Implicit: false }) throw new ArgumentException("give --vocab FILE or --vocab-size N, not both");
            if (!pretrained && pr.GetResult(encoder) is { Implicit: false }) throw new ArgumentException($"--encoder is for bert-* models; {name.Name()} is trained from scratch");
            if (pretrained && pr.GetResult(size) is { Implicit: false }) throw new ArgumentException($"--size is for the from-scratch models; {name.Name()} takes its size from --encoder");
            if (pr.GetValue(vocab) is { } vocabFile) InputFile.Check(vocabFile);
            bool paper = pr.GetValue(preset) == "paper";
            // The preset fills every setting; an option given on the command line wins over it.
            var defaults = (paper ? TrainOptions.Paper(name, pr.GetValue(encoder)) : TrainOptions.Cpu(name, pr.GetValue(encoder))).WithSeed(pr.GetValue(seed));
            T Or<T>(Option<T> option, T presetValue) => Given(pr, option) ? pr.GetValue(option)! : presetValue;
            T Spelled<T>(Option<string> option, Spellings<T> spellings, T presetValue) where T : struct, Enum =>
                Given(pr, option) ? spellings.Parse(pr.GetValue(option)!) : presetValue;
            // --clip 0 and --patience 0 say "none"
            double? clipNorm = Given(pr, clip) ? pr.GetValue(clip) is > 0 and var c ? c : null : defaults.Trainer.GradientClip;
            int? patienceEpochs = Given(pr, patience) ? pr.GetValue(patience) is > 0 and var p ? p : null : defaults.Trainer.Patience;
            var config = defaults with
            {
                Size = pretrained ? null : Spelled(size, SettingNames.Sizes, defaults.Size!.Value),
                Data = Path.GetFullPath(pr.GetValue(data)!),
                Trainer = defaults.Trainer with
                {
                    Epochs = Or(epochs, defaults.Trainer.Epochs),
                    BatchSize = Or(batch, defaults.Trainer.BatchSize),
                    LearningRate = Or(lr, defaults.Trainer.LearningRate),
                    HeadLearningRate = Or(headLr, defaults.Trainer.HeadLearningRate),
                    WarmupFraction = Or(warmup, defaults.Trainer.WarmupFraction),
                    GradientClip = clipNorm,
                    BestEpochBy = Given(pr, bestBy) ? pr.GetValue(bestBy) == "f1" ? BestEpochCriterion.DevF1 : BestEpochCriterion.DevLoss : defaults.Trainer.BestEpochBy,
                    Patience = patienceEpochs,
                },
                BioConstraints = pr.GetValue(bio),
                CharCnn = !pretrained && Or(charCnn, defaults.CharCnn),
                WordDropout = pretrained ? 0 : Or(wordDropout, defaults.WordDropout),
                Positions = pretrained ? PositionEmbeddingType.Absolute : Spelled(positions, PositionEmbeddingTypes.Spellings, defaults.Positions),
                Dropout = pretrained ? null : pr.GetValue(dropout),
                Labelling = SettingNames.Labellings.Parse(pr.GetValue(labelling)!),
                MaxLength = pr.GetValue(maxLen),
                LongSentences = Spelled(longSentences, SettingNames.LongSentences, defaults.LongSentences),
                SpecialTokens = pr.GetValue(special) ?? defaults.SpecialTokens,
                VocabSource = pr.GetValue(vocab) is { } v ? Path.GetFullPath(v) : "learned",
                VocabSize = pr.GetValue(vocab) is null ? Or(vocabSize, defaults.VocabSize ?? CpuPreset.VocabSize) : null,
                Downsample = pr.GetValue(downsample),
                Device = SettingNames.Devices.Parse(pr.GetValue(device)!),
                Threads = pr.GetValue(threads),
            };
            string runPath = pr.GetValue(output) ?? Path.Combine("runs", $"{name.Name()}-{DateTime.Now:yyyyMMdd-HHmmss}");
            if (pr.GetValue(resume))
            {
                // The command line fills every option with its default: only the options given (or set by --preset) are compared.
                Option[] byPreset = paper ? [size, epochs, batch, lr, warmup, clip, longSentences, special] : [];
                var given = command.Options.Where(o => Given(pr, o) || byPreset.Contains(o)).Select(o => o.Name)
                                   .Where(o => o != threads.Name || (pr.GetValue(threads) > 0 && !pr.GetValue(allowThreads)));
                RunIdentity.CheckSettings(runPath, config, given);
            }
            else if (pr.GetValue(allowThreads)) throw new ArgumentException("--allow-threads-change needs --resume");
            var error = pr.InvocationConfiguration.Error;
            using var cancellation = new CancellationTokenSource();
            ConsoleCancelEventHandler interrupt = (_, e) => { e.Cancel = true; cancellation.Cancel(); };
            Console.CancelKeyPress += interrupt;
            try
            {
                var run = TrainingRun.Train(config, runPath, pr.GetValue(resume), pr.GetValue(vocab), error, cancellation.Token);
                pr.InvocationConfiguration.Output.WriteLine(run.Path);
                return 0;
            }
            catch (OperationCanceledException)
            {
                error.WriteLine($"\nclinical-ner: interrupted; continue with: clinical-ner train --data {pr.GetValue(data)} --out {runPath} --resume");
                return 130;
            }
            finally
            {
                Console.CancelKeyPress -= interrupt;
            }
        }));
        return command;
    }

    /// <summary>
    /// True when the user gave <paramref name="option"/>. An option with a default always has a result, marked implicit
    /// when the default filled it, so <c>GetResult(option) is null</c> alone would take every default for a choice.
    /// </summary>
    static bool Given(ParseResult pr, Option option) => pr.GetResult(option) is { Implicit: false };
}
