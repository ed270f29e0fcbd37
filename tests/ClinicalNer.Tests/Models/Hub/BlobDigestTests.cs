using System.Text;
using ClinicalNer.Models.Hub;

namespace ClinicalNer.Tests.Models.Hub;

public class BlobDigestTests
{
    [Fact]
    public void Lfs_etag_is_checked_as_sha256_and_git_etag_as_git_blob_sha1()
    {
        using var dir = new TempDir();
        var abc = dir.Write("abc", "abc");
        var hello = dir.Write("hello", "hello\n");
        // Published values: SHA-256("abc") (FIPS 180-2 example) and `git hash-object` of "hello\n".
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", BlobDigest.Compute(abc, new string('0', 64)));
        Assert.Equal("ce013625030ba8dba906f756967f9e9ca394464a", BlobDigest.Compute(hello, new string('0', 40)));
        Assert.Null(BlobDigest.Compute(hello, "not-a-hash"));
    }
}
