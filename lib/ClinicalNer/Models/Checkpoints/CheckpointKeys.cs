namespace ClinicalNer.Models.Checkpoints;

/// <summary>
/// How a checkpoint's keys become the encoder's parameter names. A key loses the model-type prefix of
/// task-model checkpoints (<c>bert.</c>, <c>distilbert.</c>); pre-training heads and saved buffers are skipped
/// (<see cref="Skipped"/>); legacy parameter names are renamed by <see cref="LegacyNames"/>.
/// </summary>
public static class CheckpointKeys
{
    /// <summary>
    /// Legacy final name segments and the current ones: older BERT files (converted from TensorFlow) call a
    /// LayerNorm's scale <c>gamma</c> and its shift <c>beta</c>, as Hugging Face's loader still accepts.
    /// </summary>
    public static IReadOnlyDictionary<string, string> LegacyNames { get; } = new Dictionary<string, string>
    {
        ["gamma"] = "weight",
        ["beta"] = "bias",
    };

    /// <summary>
    /// Prefixes (after the model-type prefix is removed) of keys that are not the encoder's and are skipped with a
    /// notice: BERT's pre-training heads (<c>cls.</c>), DistilBERT's masked-LM head (<c>vocab_transform.</c>,
    /// <c>vocab_layer_norm.</c>, <c>vocab_projector.</c>) and the position/token-type id buffers some files save.
    /// </summary>
    public static IReadOnlyList<string> Skipped { get; } =
        ["cls.", "vocab_transform.", "vocab_layer_norm.", "vocab_projector.", "embeddings.position_ids", "embeddings.token_type_ids"];

    /// <summary>Prefix of BERT's pooler, which tagging never runs: a checkpoint without it (saved from a masked-LM model) keeps the fresh pooler, with a notice.</summary>
    public const string OptionalPooler = "pooler.";

    /// <summary>The encoder parameter name of a checkpoint key, or null when the key is skipped.</summary>
    /// <param name="key">The key as the file has it.</param>
    /// <param name="modelType">The config's <c>model_type</c>, whose prefix task-model checkpoints add.</param>
    internal static string? ToParameterName(string key, string modelType)
    {
        var name = key.StartsWith(modelType + ".", StringComparison.Ordinal) ? key[(modelType.Length + 1)..] : key;
        if (Skipped.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal))) return null;
        var dot = name.LastIndexOf('.');
        return LegacyNames.TryGetValue(name[(dot + 1)..], out var current) ? name[..(dot + 1)] + current : name;
    }
}
