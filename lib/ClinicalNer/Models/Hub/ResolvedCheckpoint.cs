namespace ClinicalNer.Models.Hub;

/// <summary>
/// A checkpoint folder found by <see cref="HubModelResolver"/>: a user's folder, or a snapshot of the Hugging Face
/// cache (<c>models--ORG--NAME/snapshots/COMMIT</c>) with <see cref="RepoId"/> and <see cref="Commit"/> set.
/// </summary>
public sealed record ResolvedCheckpoint(string Folder, CheckpointSource Source, string? RepoId = null, string? Commit = null)
{
    /// <summary>Path of <c>config.json</c>.</summary>
    public string ConfigPath => Path.Combine(Folder, CheckpointFiles.Config);

    /// <summary>Path of <c>vocab.txt</c>.</summary>
    public string VocabPath => Path.Combine(Folder, CheckpointFiles.Vocab);

    /// <summary>Path of <c>tokenizer_config.json</c>, or null when the checkpoint has none.</summary>
    public string? TokenizerConfigPath => Existing(CheckpointFiles.TokenizerConfig);

    /// <summary>Path of the weights (<c>model.safetensors</c>, else <c>pytorch_model.bin</c>), or null when neither exists.</summary>
    public string? WeightsPath => CheckpointFiles.Weights.Select(Existing).FirstOrDefault(p => p is not null);

    string? Existing(string file) => File.Exists(Path.Combine(Folder, file)) ? Path.Combine(Folder, file) : null;
}
