using ClinicalNer.Runtime;

namespace ClinicalNer.Tests.Runtime;

public class InputFileTests
{
    [Fact]
    public void A_regular_file_within_the_limit_is_read()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt", "Aspirin\n");

        Assert.Equal(8, InputFile.Check(path, maxBytes: 8));
        Assert.Equal("Aspirin\n", InputFile.ReadAllText(path));
        Assert.Equal(["Aspirin"], InputFile.ReadAllLines(path));
    }

    [Fact]
    public void A_file_one_byte_over_the_limit_is_refused_with_its_size()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt", "Aspirin\n");

        var e = Assert.Throws<InvalidDataException>(() => InputFile.ReadAllBytes(path, maxBytes: 7));
        Assert.Equal($"{path}: 8 bytes, over the 7 that such a file may have", e.Message);
    }

    [Fact]
    public void A_folder_a_device_and_a_missing_file_are_each_named()
    {
        using var dir = new TempDir();
        var link = Path.Combine(dir.Path, "zero.txt");
        File.CreateSymbolicLink(link, "/dev/zero");
        var missing = Path.Combine(dir.Path, "missing.txt");

        Assert.Equal($"{dir.Path}: a folder, not a regular file", Assert.Throws<InvalidDataException>(() => InputFile.Check(dir.Path)).Message);
        Assert.Equal($"{link}: a character device, not a regular file", Assert.Throws<InvalidDataException>(() => InputFile.ReadAllText(link)).Message);
        Assert.Equal($"{missing}: no such file", Assert.Throws<FileNotFoundException>(() => InputFile.ReadAllText(missing)).Message);
    }

    [Fact]
    public void A_listing_of_a_missing_folder_names_it()
    {
        using var dir = new TempDir();
        var missing = Path.Combine(dir.Path, "notes");

        Assert.Equal($"{missing}: no such folder", Assert.Throws<DirectoryNotFoundException>(() => InputFile.List(missing, "*.txt")).Message);
    }
}
