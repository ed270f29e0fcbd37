using System.Security.Cryptography;
using System.Text;

namespace ClinicalNer.Models.Hub;

/// <summary>
/// Checks a downloaded file against the hub's etag, which is a content hash: the SHA-256 of the file for files
/// stored with Git LFS (64 hex digits), the git blob SHA-1 (<c>sha1("blob SIZE\0" + content)</c>) for files in
/// git itself (40 hex digits).
/// </summary>
internal static class BlobDigest
{
    /// <summary>The hash of <paramref name="path"/> in the etag's kind, or null when the etag is no known hash.</summary>
    public static string? Compute(string path, string etag)
    {
        using var stream = File.OpenRead(path);
        switch (etag.Length)
        {
            case 64 when IsHex(etag):
                return Convert.ToHexStringLower(SHA256.HashData(stream));
            case 40 when IsHex(etag):
                using (var sha1 = IncrementalHash.CreateHash(HashAlgorithmName.SHA1))
                {
                    sha1.AppendData(Encoding.ASCII.GetBytes($"blob {stream.Length}\0"));
                    var buffer = new byte[1 << 16];
                    for (int n; (n = stream.Read(buffer)) > 0;) sha1.AppendData(buffer, 0, n);
                    return Convert.ToHexStringLower(sha1.GetHashAndReset());
                }
            default:
                return null;
        }
    }

    static bool IsHex(string s) => s.All(char.IsAsciiHexDigitLower);
}
