using ClinicalNer.Corpus;

namespace ClinicalNer.Tests.Corpus;

public class BratFolderErrorTests
{
    [Fact]
    public void Folder_read_reports_the_first_bad_file_in_name_order_unwrapped()
    {
        using var dir = new TempDir();
        for (int i = 0; i < 12; i++)
        {
            dir.Write($"n{i:00}.txt", "Lasix daily.\n");
            dir.Write($"n{i:00}.ann", i is 3 or 9 ? "T1\tDrug 0 99\tLasix\n" : "T1\tDrug 0 5\tLasix\n");
        }
        var e = Assert.Throws<CorpusFormatException>(() => BratReader.ReadFolder(dir.Path));
        Assert.Equal((Path.Combine(dir.Path, "n03.ann"), 1), (e.FilePath, e.Line));
    }
}
