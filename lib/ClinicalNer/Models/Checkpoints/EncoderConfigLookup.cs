using ClinicalNer.Models.Encoders;
using ClinicalNer.Models.Hub;

namespace ClinicalNer.Models.Checkpoints;

/// <summary>
/// Finds an encoder's configuration alone, without its weights: from a checkpoint folder, the built-in values of
/// the paper's models (<see cref="PaperEncoders"/>), or a <c>config.json</c> in the Hugging Face cache; failing
/// those, the checkpoint is resolved (and, when online, downloaded) by <see cref="HubModelResolver"/>.
/// </summary>
public static class EncoderConfigLookup
{
    /// <summary>The configuration of the encoder <paramref name="idOrPath"/> names.</summary>
    /// <param name="idOrPath">A checkpoint folder, or a hub model id.</param>
    /// <param name="options">Cache and network settings; <see cref="HubOptions.FromEnvironment()"/> when null.</param>
    /// <exception cref="InvalidDataException">The <c>config.json</c> is not a supported encoder configuration.</exception>
    /// <exception cref="CheckpointUnavailableException">Unknown offline; the message says which files to place where.</exception>
    public static LocatedEncoderConfig Find(string idOrPath, HubOptions? options = null)
    {
        if (!Directory.Exists(idOrPath))
        {
            if (PaperEncoders.Configs.TryGetValue(idOrPath, out var builtIn))
                return new LocatedEncoderConfig(builtIn, $"built-in configuration of {idOrPath}");
            options ??= HubOptions.FromEnvironment();
            if (HubCache.IsRepoId(idOrPath) && CachedConfig(new HubCache(options.CacheDirectory), idOrPath, options.Revision) is { } cached)
                return new LocatedEncoderConfig(EncoderConfig.Load(cached), cached);
        }
        var path = HubModelResolver.Resolve(idOrPath, options).ConfigPath;
        return new LocatedEncoderConfig(EncoderConfig.Load(path), path);
    }

    static string? CachedConfig(HubCache cache, string repoId, string revision) =>
        cache.Commit(repoId, revision) is { } commit && Path.Combine(cache.SnapshotFolder(repoId, commit), CheckpointFiles.Config) is var path && File.Exists(path)
            ? path
            : null;
}
