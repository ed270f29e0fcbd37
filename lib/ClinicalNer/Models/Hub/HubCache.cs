using System.Text.RegularExpressions;

namespace ClinicalNer.Models.Hub;

/// <summary>
/// The Hugging Face cache layout, as <c>huggingface_hub</c> writes it:
/// <c>ROOT/models--ORG--NAME/refs/REVISION</c> holds a commit hash, <c>snapshots/COMMIT/FILE</c> is a relative
/// symbolic link to <c>blobs/ETAG</c>, and a download in progress is <c>blobs/ETAG.incomplete</c>.
/// </summary>
internal sealed partial class HubCache(string root)
{
    /// <summary>The cache folder.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>True for a string Hugging Face accepts as a model id (<c>NAME</c> or <c>ORG/NAME</c>).</summary>
    public static bool IsRepoId(string id) =>
        RepoIdPattern().IsMatch(id) && !id.Contains("--") && !id.Contains("..") &&
        id.Split('/').All(part => part[0] is not ('.' or '-') && part[^1] is not ('.' or '-'));

    /// <summary>True for a full commit hash (which needs no ref to resolve).</summary>
    public static bool IsCommitHash(string revision) => CommitPattern().IsMatch(revision);

    /// <summary><c>ROOT/models--ORG--NAME</c>.</summary>
    public string RepoFolder(string repoId) => Path.Combine(Root, "models--" + repoId.Replace("/", "--"));

    /// <summary><c>refs/REVISION</c> of a repository.</summary>
    public string RefPath(string repoId, string revision) => Path.Combine(RepoFolder(repoId), "refs", revision);

    /// <summary><c>snapshots/COMMIT</c> of a repository.</summary>
    public string SnapshotFolder(string repoId, string commit) => Path.Combine(RepoFolder(repoId), "snapshots", commit);

    /// <summary><c>blobs/ETAG</c> of a repository.</summary>
    public string BlobPath(string repoId, string etag) => Path.Combine(RepoFolder(repoId), "blobs", etag);

    /// <summary>The commit a revision points to in the cache, or null when the cache has no such ref.</summary>
    public string? Commit(string repoId, string revision)
    {
        if (IsCommitHash(revision)) return revision;
        var path = RefPath(repoId, revision);
        return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
    }

    /// <summary>Records that <paramref name="revision"/> points to <paramref name="commit"/> (nothing to record for a commit hash).</summary>
    public void WriteRef(string repoId, string revision, string commit)
    {
        if (revision == commit) return;
        var path = RefPath(repoId, revision);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, commit);
    }

    /// <summary>
    /// Makes <c>snapshots/COMMIT/FILE</c> point to the blob: a relative symbolic link as Python makes, or a copy
    /// where the file system refuses links.
    /// </summary>
    public void Link(string repoId, string commit, string file, string etag)
    {
        var link = Path.Combine(SnapshotFolder(repoId, commit), file);
        var blob = BlobPath(repoId, etag);
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        if (File.Exists(link) || new FileInfo(link).LinkTarget is not null) File.Delete(link);
        try
        {
            File.CreateSymbolicLink(link, Path.GetRelativePath(Path.GetDirectoryName(link)!, blob));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Copy(blob, link);
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9_.\-]+(/[A-Za-z0-9_.\-]+)?$")]
    private static partial Regex RepoIdPattern();

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex CommitPattern();
}
