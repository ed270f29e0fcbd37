using ClinicalNer.Runtime;

namespace ClinicalNer.Tests.Runtime;

public class RealPathTests
{
    [Fact]
    public void Spellings_and_links_of_one_file_are_the_same_path()
    {
        using var temp = new TempDir();
        var file = temp.Write("data/notes/a.txt", "x");
        var folderLink = Path.Combine(temp.Path, "linked");
        Directory.CreateSymbolicLink(folderLink, "data");           // relative target, resolved from the link's folder
        var fileLink = Path.Combine(temp.Path, "a-link.txt");
        File.CreateSymbolicLink(fileLink, Path.Combine(folderLink, "notes", "a.txt")); // a link through a link

        Assert.True(RealPath.Same(file, Path.Combine(temp.Path, "data", ".", "notes", "..", "notes", "a.txt")));
        Assert.True(RealPath.Same(file, Path.Combine(folderLink, "notes", "a.txt")));
        Assert.True(RealPath.Same(file, fileLink));
        Assert.False(RealPath.Same(file, temp.Write("data/notes/b.txt", "x")));
    }

    [Fact]
    public void A_path_not_yet_created_keeps_its_tail_below_its_resolved_folder()
    {
        using var temp = new TempDir();
        Directory.CreateDirectory(Path.Combine(temp.Path, "data"));
        var link = Path.Combine(temp.Path, "linked");
        Directory.CreateSymbolicLink(link, Path.Combine(temp.Path, "data"));

        Assert.Equal(Path.Combine(RealPath.Of(Path.Combine(temp.Path, "data")), "new", "out.txt"), RealPath.Of(Path.Combine(link, "new", "out.txt")));
        Assert.True(RealPath.IsUnder(Path.Combine(link, "new"), Path.Combine(temp.Path, "data")));
        Assert.False(RealPath.IsUnder(Path.Combine(temp.Path, "data-2"), Path.Combine(temp.Path, "data")));
    }
}
