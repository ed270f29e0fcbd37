using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClinicalNer.Inputs;
using ClinicalNer.Models;
using ClinicalNer.Models.Crf;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Models.Encoders.BiLstm;
using ClinicalNer.Models.Encoders.DistilBert;
using ClinicalNer.Runtime;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Training.Settings;

/// <summary>
/// A run's <c>config.json</c>: every option that shaped the run (model, sizes, optimisation, inputs, data, seeds)
/// and the versions it ran with. <c>evaluate</c> and <c>predict</c> rebuild the model and its inputs from it.
/// </summary>
public sealed record RunConfig
{
    /// <summary>The model (<c>transformer-crf</c>, ... in JSON).</summary>
    [JsonPropertyName("model")] public required Model Model { get; init; }

    /// <summary>Architecture size of a from-scratch model, null for a pre-trained encoder.</summary>
    [JsonPropertyName("size")] public ModelSize? Size { get; init; }

    /// <summary>Pre-trained encoder id or folder, null for a from-scratch model.</summary>
    [JsonPropertyName("encoder")] public string? Encoder { get; init; }

    /// <summary>
    /// BIO constraints on the CRF's paths (no <c>I-X</c> at the start or after <c>O</c> or another type), fixed rather
    /// than learned; off by default, as in the paper. Only for a CRF head.
    /// </summary>
    [JsonPropertyName("bio_constraints")] public bool BioConstraints { get; init; }

    /// <summary>The tagger's CRF constraints for <paramref name="labels"/>: BIO when <see cref="BioConstraints"/>, else none.</summary>
    /// <exception cref="ArgumentException">BIO constraints asked for a model without a CRF head.</exception>
    public CrfConstraints? Constraints(IReadOnlyList<string> labels)
    {
        CheckConstraints();
        return BioConstraints ? CrfConstraints.Bio(labels) : null;
    }

    /// <summary>Fails early (before a run folder exists) when BIO constraints are asked of a model without a CRF head.</summary>
    internal void CheckConstraints()
    {
        if (BioConstraints && Model.Head() != TaggingHead.Crf)
            throw new ArgumentException($"--bio-constraints needs a CRF head; {Model.Name()} has none");
    }

    /// <summary>
    /// From-scratch models: a character CNN over each position's word, added to its embedding (<c>char_cnn</c> in
    /// <c>encoder.json</c>). Not in the paper; on in the CPU preset.
    /// </summary>
    [JsonPropertyName("char_cnn")] public bool CharCnn { get; init; }

    /// <summary>From-scratch models: word dropout (<c>word_dropout</c> in <c>encoder.json</c>). Not in the paper; on in the CPU preset.</summary>
    [JsonPropertyName("word_dropout")] public double WordDropout { get; init; }

    /// <summary>
    /// From-scratch Transformers: absolute or relative positions (<c>position_embedding_type</c> in <c>encoder.json</c>).
    /// Not in the paper; absent in the runs of earlier versions, which are absolute.
    /// </summary>
    [JsonPropertyName("positions")] public PositionEmbeddingType Positions { get; init; }

    /// <summary>
    /// From-scratch models: dropout inside the encoder (the Transformer's embeddings, attention and feed-forward; the
    /// BiLSTM's input and output), null for the architecture's own (0.1 and 0.5).
    /// </summary>
    [JsonPropertyName("dropout")] public double? Dropout { get; init; }

    /// <summary>
    /// The architecture of a from-scratch model with a vocabulary of <paramref name="vocabSize"/>: its size and the
    /// options above (the BiLSTM-CRF always reads characters and has no positions to choose).
    /// </summary>
    public EncoderConfig FromScratchEncoder(int vocabSize)
    {
        var size = Size ?? CpuPreset.Size;
        if (Model == Model.BiLstmCrf)
        {
            var lstm = BiLstmConfig.Size(size, vocabSize) with { WordDropout = WordDropout };
            return Dropout is { } d ? lstm with { Dropout = d } : lstm;
        }
        var transformer = DistilBertConfig.Size(size, vocabSize) with { CharCnn = CharCnn, WordDropout = WordDropout, PositionEmbeddingType = Positions };
        return Dropout is { } p ? transformer with { Dropout = p, AttentionDropout = p } : transformer;
    }

    /// <summary>The corpus folder trained on (a preset's configuration gets it from the corpus it trains on).</summary>
    [JsonPropertyName("data")] public string Data { get; init; } = "";

    /// <summary>Optimisation choices.</summary>
    [JsonPropertyName("trainer")] public required TrainerOptions Trainer { get; init; }

    /// <summary>Sub-token labelling: <c>all</c> (the paper) or <c>first</c>.</summary>
    [JsonPropertyName("labelling")] public SubtokenLabelling Labelling { get; init; } = SubtokenLabelling.AllSubtokens;

    /// <summary>Maximum model input length.</summary>
    [JsonPropertyName("max_len")] public int MaxLength { get; init; } = InputOptions.PaperMaxLength;

    /// <summary><c>window</c> or <c>truncate</c>.</summary>
    [JsonPropertyName("long_sentences")] public LongSentencePolicy LongSentences { get; init; } = LongSentencePolicy.Window;

    /// <summary>Inputs wrapped in [CLS] ... [SEP].</summary>
    [JsonPropertyName("special_tokens")] public bool SpecialTokens { get; init; }

    /// <summary>Lower-casing before WordPiece.</summary>
    [JsonPropertyName("lower_case")] public bool LowerCase { get; init; }

    /// <summary>Where the vocabulary came from: a file path, or <c>learned</c>.</summary>
    [JsonPropertyName("vocab_source")] public string VocabSource { get; init; } = "learned";

    /// <summary>Learned vocabulary size asked for (when learned).</summary>
    [JsonPropertyName("vocab_size")] public int? VocabSize { get; init; }

    /// <summary>Keep probability of entity-free sentences, null for no down-sampling.</summary>
    [JsonPropertyName("downsample")] public double? Downsample { get; init; }

    /// <summary>
    /// Down-sample the held-out dev sentences too (true, the default), or score every epoch on all of them, as the
    /// paper's model selection did.
    /// </summary>
    [JsonPropertyName("downsample_dev")] public bool DownsampleDev { get; init; } = true;

    /// <summary>Seed of the down-sampling (derived from the run seed).</summary>
    [JsonPropertyName("downsample_seed")] public long DownsampleSeed { get; init; }

    /// <summary>Train on train and dev together, holding nothing out (the paper's final runs; pair with the last epoch).</summary>
    [JsonPropertyName("train_on_dev")] public bool TrainOnDev { get; init; }

    /// <summary>Seed of the train/dev document split when the corpus has no dev folder.</summary>
    [JsonPropertyName("dev_split_seed")] public long DevSplitSeed { get; init; }

    /// <summary><c>cpu</c> or <c>cuda</c>.</summary>
    [JsonPropertyName("device")] public ComputeDevice Device { get; init; } = ComputeDevice.Cpu;

    /// <summary>torch intra-op threads.</summary>
    [JsonPropertyName("threads")] public int Threads { get; init; }

    /// <summary>Versions: workbench, TorchSharp, .NET, OS.</summary>
    [JsonPropertyName("versions")] public Dictionary<string, string> Versions { get; init; } = CurrentVersions();

    /// <summary>When the run started (UTC, ISO 8601).</summary>
    [JsonPropertyName("created")] public string Created { get; init; } = DateTime.UtcNow.ToString("O");

    /// <summary>How this configuration builds inputs, for a model with <paramref name="encoder"/>.</summary>
    public InputOptions Inputs(EncoderConfig encoder) => Inputs() with { WordCharacters = encoder.ReadsCharacters };

    /// <summary>How this configuration builds inputs.</summary>
    public InputOptions Inputs() => new()
    {
        Labelling = Labelling,
        MaxLength = MaxLength,
        LongSentences = LongSentences,
        SpecialTokens = SpecialTokens,
        LowerCase = LowerCase,
    };

    /// <summary>
    /// The run with seed <paramref name="seed"/>: its initialisation, dropout and batch order, its down-sampling (the
    /// next seed) and its dev split, all derived from the one seed as <c>train --seed</c> does.
    /// </summary>
    public RunConfig WithSeed(long seed) =>
        this with { Trainer = Trainer with { Seed = seed }, DownsampleSeed = seed + 1, DevSplitSeed = seed };

    /// <summary>Settings as their command-line spellings (<see cref="SettingNames"/>), other enums by name.</summary>
    static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters =
        {
            SettingNames.Models.Json, SettingNames.Sizes.Json, SettingNames.Labellings.Json, SettingNames.LongSentences.Json,
            SettingNames.Devices.Json, PositionEmbeddingTypes.Spellings.Json, new JsonStringEnumConverter(),
        },
    };

    /// <summary>The configuration as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a run's <c>config.json</c>.</summary>
    /// <exception cref="InvalidDataException">Not a run configuration.</exception>
    public static RunConfig Load(string path) => Parse(InputFile.ReadAllText(path), path);

    /// <summary>Reads a run configuration from <paramref name="json"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InvalidDataException">Not a run configuration.</exception>
    public static RunConfig Parse(string json, string source)
    {
        try
        {
            return JsonSerializer.Deserialize<RunConfig>(json, Json)
                   ?? throw new InvalidDataException($"{source}: empty run configuration");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: not a run configuration ({e.Message})", e);
        }
    }

    /// <summary>The versions of the workbench, TorchSharp, .NET and the OS that this process runs.</summary>
    public static Dictionary<string, string> CurrentVersions() => new()
    {
        ["workbench"] = typeof(RunConfig).Assembly.GetName().Version?.ToString() ?? "unknown",
        ["torchsharp"] = typeof(TorchSharp.torch).Assembly.GetName().Version?.ToString() ?? "unknown",
        ["dotnet"] = RuntimeInformation.FrameworkDescription,
        ["os"] = RuntimeInformation.OSDescription,
    };
}
