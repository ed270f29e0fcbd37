using ClinicalNer.Runtime;

namespace ClinicalNer.Tests.Runtime;

public class AtomicFileTests
{
    [Fact]
    public void Failed_write_keeps_the_previous_content_and_leaves_no_temporary_file()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "metrics.json");
        AtomicFile.WriteAllText(path, "old");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, tmp =>
        {
            File.WriteAllText(tmp, "half");
            throw new InvalidOperationException("crash");
        }));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(dir.Path));
    }
}
