using ClinicalNer.Models.Checkpoints;

namespace ClinicalNer.Models.Hub;

/// <summary>
/// Turns a model id or a folder path into a local checkpoint folder: a folder path first (it must hold
/// <c>config.json</c>); then the Hugging Face cache, shared with Python's <c>huggingface_hub</c>; then, for an encoder
/// that ships with the workbench (<see cref="BundledEncoders"/>), its converted copy; then, unless offline, a
/// download from the hub into that cache (resumable, verified against the hub's content hashes).
/// </summary>
public static class HubModelResolver
{
    /// <summary>Resolves <paramref name="idOrPath"/>; see <see cref="ResolveAsync"/>.</summary>
    /// <remarks>Runs on the thread pool so that blocking cannot deadlock a caller's synchronization context.</remarks>
    public static ResolvedCheckpoint Resolve(string idOrPath, HubOptions? options = null) =>
        Task.Run(() => ResolveAsync(idOrPath, options)).GetAwaiter().GetResult();

    /// <summary>
    /// Resolves a folder path or a hub model id (<c>bert-base-cased</c>, <c>dmis-lab/biobert-base-cased-v1.2</c>).
    /// </summary>
    /// <param name="idOrPath">A checkpoint folder, or a model id on the hub.</param>
    /// <param name="options">Cache, endpoint and offline mode; <see cref="HubOptions.FromEnvironment()"/> when null.</param>
    /// <param name="cancel">Stops a download (the partial file is kept and resumed next time).</param>
    /// <exception cref="CheckpointUnavailableException">Not in the cache, and offline or the hub unreachable; the message says which files to place where.</exception>
    /// <exception cref="FileNotFoundException">The folder has no <c>config.json</c>, or the hub has no such model or file.</exception>
    /// <exception cref="InvalidDataException">A downloaded file does not match the hub's size or hash (it is deleted).</exception>
    public static async Task<ResolvedCheckpoint> ResolveAsync(string idOrPath, HubOptions? options = null, CancellationToken cancel = default)
    {
        options ??= HubOptions.FromEnvironment();
        if (Directory.Exists(idOrPath)) return LocalFolder(idOrPath);
        if (!HubCache.IsRepoId(idOrPath))
            throw new DirectoryNotFoundException($"'{idOrPath}' is neither a checkpoint folder nor a Hugging Face model id (NAME or ORG/NAME)");
        if (options.Revision.Length == 0 || options.Revision.Split('/').Any(part => part is "" or "." or ".."))
            throw new ArgumentException($"'{options.Revision}' is not a revision name", nameof(options));

        var cache = new HubCache(options.CacheDirectory);
        if (cache.Commit(idOrPath, options.Revision) is { } cached && CheckpointFiles.IsComplete(cache.SnapshotFolder(idOrPath, cached)))
            return new ResolvedCheckpoint(cache.SnapshotFolder(idOrPath, cached), CheckpointSource.Cache, idOrPath, cached);
        if (BundledEncoders.Contains(idOrPath))
            return BundledEncoders.Resolve(idOrPath, options.WorkbenchCacheDirectory);
        if (options.Offline)
            throw Unavailable(idOrPath, options, cache, "offline mode is on (HF_HUB_OFFLINE)", null);
        try
        {
            return await DownloadAsync(idOrPath, options, cache, cancel);
        }
        catch (Exception e) when (HubClient.IsNetworkFailure(e, cancel))
        {
            throw Unavailable(idOrPath, options, cache, $"the hub at {options.Endpoint} could not be reached ({e.Message})", e);
        }
    }

    static ResolvedCheckpoint LocalFolder(string path)
    {
        var folder = Path.GetFullPath(path);
        if (!File.Exists(Path.Combine(folder, CheckpointFiles.Config)))
            throw new FileNotFoundException($"{folder} has no {CheckpointFiles.Config}; a checkpoint folder holds {Layout(folder)}",
                Path.Combine(folder, CheckpointFiles.Config));
        return new ResolvedCheckpoint(folder, CheckpointSource.LocalFolder);
    }

    static async Task<ResolvedCheckpoint> DownloadAsync(string repoId, HubOptions options, HubCache cache, CancellationToken cancel)
    {
        using var client = new HubClient(options);
        var config = await client.MetadataAsync(repoId, options.Revision, CheckpointFiles.Config, cancel)
            ?? throw new FileNotFoundException($"model '{repoId}' has no {CheckpointFiles.Config} at revision '{options.Revision}' on {options.Endpoint}");
        // Every other file is asked for at the commit config.json came from, so the snapshot is consistent.
        var commit = config.Commit;
        var files = new List<HubFileMetadata> { config };
        foreach (var name in CheckpointFiles.Required.Skip(1))
            files.Add(await client.MetadataAsync(repoId, commit, name, cancel)
                ?? throw new FileNotFoundException($"model '{repoId}' has no {name} at commit {commit}"));
        foreach (var name in CheckpointFiles.Optional)
            if (await client.MetadataAsync(repoId, commit, name, cancel) is { } optional) files.Add(optional);
        HubFileMetadata? weights = null;
        foreach (var name in CheckpointFiles.Weights)
            if ((weights = await client.MetadataAsync(repoId, commit, name, cancel)) is not null) break;
        files.Add(weights ?? throw new FileNotFoundException(
            $"model '{repoId}' has neither {string.Join(" nor ", CheckpointFiles.Weights)} at commit {commit} (sharded weights are not supported)"));

        foreach (var file in files) await FetchAsync(client, cache, repoId, file, cancel);
        cache.WriteRef(repoId, options.Revision, commit);
        return new ResolvedCheckpoint(cache.SnapshotFolder(repoId, commit), CheckpointSource.Download, repoId, commit);
    }

    /// <summary>Puts one file in the cache (unless its blob is already there) and links it into the snapshot.</summary>
    static async Task FetchAsync(HubClient client, HubCache cache, string repoId, HubFileMetadata file, CancellationToken cancel)
    {
        var blob = cache.BlobPath(repoId, file.Etag);
        if (!File.Exists(blob))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(blob)!);
            var partial = blob + ".incomplete";
            await client.DownloadAsync(file, partial, cancel);
            Verify(file, partial);
            File.Move(partial, blob);
        }
        cache.Link(repoId, file.Commit, file.File, file.Etag);
    }

    static void Verify(HubFileMetadata file, string partial)
    {
        long size = new FileInfo(partial).Length;
        string? problem = file.Size is long expected && size != expected
            ? $"{size} bytes arrived where the hub announced {expected}"
            : BlobDigest.Compute(partial, file.Etag) is { } digest && digest != file.Etag
                ? $"its hash {digest} differs from the hub's {file.Etag}"
                : null;
        if (problem is null) return;
        File.Delete(partial);
        throw new InvalidDataException($"download of {file.File} is corrupt: {problem}; it was deleted, run again to download it anew");
    }

    static CheckpointUnavailableException Unavailable(string repoId, HubOptions options, HubCache cache, string reason, Exception? inner)
    {
        var snapshot = cache.SnapshotFolder(repoId, "COMMIT");
        var partial = Directory.Exists(Path.Combine(cache.RepoFolder(repoId), "blobs"))
                      && Directory.EnumerateFiles(Path.Combine(cache.RepoFolder(repoId), "blobs"), "*.incomplete").Any()
            ? " A partial download is kept and resumes on the next run." : "";
        return new CheckpointUnavailableException(
            $"model '{repoId}' is not in the cache and cannot be downloaded: {reason}.{partial} Place its files yourself, either\n" +
            $"  - in a folder whose path you pass instead of the id: {Layout("FOLDER")}, or\n" +
            $"  - in the Hugging Face cache: {Layout(snapshot)}, with {cache.RefPath(repoId, options.Revision)} holding the word COMMIT " +
            "(the model's commit hash, or any folder name you chose).\n" +
            $"On a machine with network, `huggingface-cli download {repoId}` fills that cache the same way.", inner);
    }

    static string Layout(string folder)
    {
        string F(string file) => Path.Combine(folder, file);
        return $"{F(CheckpointFiles.Config)}, {F(CheckpointFiles.Vocab)}, {F(CheckpointFiles.Safetensors)} (or {F(CheckpointFiles.PytorchBin)}); " +
               $"optional {F(CheckpointFiles.TokenizerConfig)}, {F(CheckpointFiles.SpecialTokensMap)}";
    }
}
