using System.Text.Json;
using System.Text.Json.Serialization;
using ClinicalNer.Models.Encoders.Bert;
using ClinicalNer.Models.Encoders.BiLstm;
using ClinicalNer.Models.Encoders.DistilBert;
using ClinicalNer.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders;

/// <summary>
/// An encoder architecture as a Hugging Face <c>config.json</c> describes it; <c>model_type</c> picks the
/// subclass (<see cref="DistilBertConfig"/> or <see cref="BertConfig"/>), whose property names are the JSON keys.
/// </summary>
public abstract record EncoderConfig
{
    /// <summary>Hugging Face's <c>model_type</c>; also the prefix of the encoder's keys in token-classification checkpoints.</summary>
    [JsonIgnore]
    public abstract string ModelType { get; }

    /// <summary>Vocabulary size (rows of the word-embedding table).</summary>
    [JsonIgnore]
    public abstract int VocabularySize { get; }

    /// <summary>Width of the encoder's output vectors.</summary>
    [JsonIgnore]
    public abstract int HiddenSize { get; }

    /// <summary>
    /// True when the encoder reads each position's word as characters besides its token id (<see cref="CharacterCnn"/>);
    /// its inputs then carry a [B, T, C] character tensor.
    /// </summary>
    [JsonIgnore]
    public virtual bool ReadsCharacters => false;

    /// <summary>Standard deviation of freshly initialised weights (<c>initializer_range</c>), also used for heads put on the encoder.</summary>
    internal abstract double WeightStd { get; }

    /// <summary>Builds the encoder with freshly initialised weights (Hugging Face's initialisation).</summary>
    /// <param name="device">Where the weights live; <c>meta</c> builds the structure without memory.</param>
    public abstract SequenceEncoder Build(Device? device = null);

    /// <summary>Number of parameters of the encoder, counted on a structure built on the meta device (no weights allocated).</summary>
    public long ParameterCount()
    {
        using var encoder = Build(new Device(DeviceType.META));
        return encoder.parameters().Sum(p => p.numel());
    }

    /// <summary>Reads a <c>config.json</c> text.</summary>
    /// <param name="json">The file's content.</param>
    /// <param name="source">The file's name, for error messages.</param>
    /// <exception cref="InvalidDataException">Not JSON, no supported <c>model_type</c>, or inconsistent sizes.</exception>
    public static EncoderConfig Parse(string json, string source = "config.json")
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(json).RootElement;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: not valid JSON ({e.Message})", e);
        }
        var modelType = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("model_type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        EncoderConfig? config;
        try
        {
            config = modelType switch
            {
                DistilBertConfig.Type => root.Deserialize<DistilBertConfig>(),
                BertConfig.Type => root.Deserialize<BertConfig>(),
                BiLstmConfig.Type => root.Deserialize<BiLstmConfig>(),
                _ => throw new InvalidDataException($"{source}: model_type '{modelType ?? "(missing)"}' is not supported; supported: {DistilBertConfig.Type}, {BertConfig.Type}, {BiLstmConfig.Type}"),
            };
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: {e.Message}", e);
        }
        try
        {
            config!.Validate();
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{source}: {e.Message}", e);
        }
        return config;
    }

    /// <summary>Reads a <c>config.json</c> file.</summary>
    public static EncoderConfig Load(string path) => Parse(InputFile.ReadAllText(path), path);

    /// <summary>The configuration as <c>config.json</c> text (with <c>model_type</c>).</summary>
    public string ToJson()
    {
        var node = JsonSerializer.SerializeToNode(this, GetType(), new JsonSerializerOptions { WriteIndented = true })!.AsObject();
        node.Insert(0, "model_type", ModelType);
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>Checks sizes and names; throws <see cref="ArgumentException"/> naming the offending field.</summary>
    public abstract void Validate();

    /// <summary>Shared checks of the attention geometry.</summary>
    protected static void ValidateAttention(int width, int heads, string widthName, string headsName)
    {
        if (width <= 0 || heads <= 0 || width % heads != 0)
            throw new ArgumentException($"{widthName} ({width}) must be a positive multiple of {headsName} ({heads})");
    }
}
