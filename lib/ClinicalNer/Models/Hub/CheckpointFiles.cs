namespace ClinicalNer.Models.Hub;

/// <summary>The files of a Hugging Face checkpoint folder that the workbench reads.</summary>
public static class CheckpointFiles
{
    /// <summary>The model's architecture and sizes.</summary>
    public const string Config = "config.json";

    /// <summary>The WordPiece vocabulary.</summary>
    public const string Vocab = "vocab.txt";

    /// <summary>Tokenizer settings such as lower-casing (optional).</summary>
    public const string TokenizerConfig = "tokenizer_config.json";

    /// <summary>The special tokens' spellings (optional).</summary>
    public const string SpecialTokensMap = "special_tokens_map.json";

    /// <summary>Weights in safetensors format (preferred).</summary>
    public const string Safetensors = "model.safetensors";

    /// <summary>Weights as a PyTorch pickle (read without executing code), used when no safetensors file exists.</summary>
    public const string PytorchBin = "pytorch_model.bin";

    /// <summary>Files a checkpoint must have.</summary>
    public static IReadOnlyList<string> Required { get; } = [Config, Vocab];

    /// <summary>Files used when present.</summary>
    public static IReadOnlyList<string> Optional { get; } = [TokenizerConfig, SpecialTokensMap];

    /// <summary>Weight files in order of preference; a checkpoint needs one.</summary>
    public static IReadOnlyList<string> Weights { get; } = [Safetensors, PytorchBin];

    /// <summary>True when <paramref name="folder"/> holds the required files and a weights file.</summary>
    internal static bool IsComplete(string folder) =>
        Required.All(f => File.Exists(Path.Combine(folder, f))) && Weights.Any(f => File.Exists(Path.Combine(folder, f)));
}
