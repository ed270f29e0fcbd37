namespace ClinicalNer.Models.Hub;

/// <summary>
/// What the hub says of a file before it is fetched: the commit it belongs to, its etag (a content hash), its
/// size, and where its bytes are (a CDN address for Git LFS files).
/// </summary>
internal sealed record HubFileMetadata(string File, string Commit, string Etag, long? Size, Uri DownloadUrl);
