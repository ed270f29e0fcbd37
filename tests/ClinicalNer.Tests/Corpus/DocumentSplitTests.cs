using ClinicalNer.Corpus;

namespace ClinicalNer.Tests.Corpus;

public class DocumentSplitTests
{
    static readonly string[] Ids = Enumerable.Range(100, 303).Select(i => i.ToString()).ToArray();

    [Fact]
    public void Paper_fraction_gives_273_train_and_30_dev_documents()
    {
        var split = DocumentSplit.Create(Ids, DocumentSplit.PaperDevFraction, seed: 7);
        Assert.Equal((273, 30), (split.Train.Length, split.Dev.Length));
        Assert.Empty(split.Train.Intersect(split.Dev));
        Assert.Equal(Ids.Order(), split.Train.Concat(split.Dev).Order());
    }

    [Fact]
    public void Same_seed_same_split_and_other_seed_other_split()
    {
        var a = DocumentSplit.Create(Ids, 0.1, 1);
        Assert.Equal(a.Dev.ToArray(), DocumentSplit.Create(Ids.Reverse(), 0.1, 1).Dev.ToArray());
        Assert.NotEqual(a.Dev.ToArray(), DocumentSplit.Create(Ids, 0.1, 2).Dev.ToArray());
    }

    [Fact]
    public void Dev_list_round_trips_through_a_file()
    {
        using var dir = new TempDir();
        var split = DocumentSplit.Create(Ids, 0.1, 3);
        var path = Path.Combine(dir.Path, "dev.txt");
        split.WriteDevList(path);
        Assert.Equal(split.Dev.ToArray(), DocumentSplit.ReadList(path).ToArray());
    }
}
