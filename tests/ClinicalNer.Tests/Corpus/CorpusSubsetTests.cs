using ClinicalNer.Corpus;

namespace ClinicalNer.Tests.Corpus;

public class CorpusSubsetTests
{
    static string Sample => Path.Combine(RepositoryRoot.Path, "data", "sample");

    [Fact]
    public void Copies_the_first_notes_of_each_split_with_their_annotations()
    {
        using var temp = new TempDir();
        var target = CorpusSubset.Copy(Sample, Path.Combine(temp.Path, "small"), train: 3, test: 2);

        foreach (var (split, count) in new[] { ("train", 3), ("test", 2) })
        {
            var expected = Directory.GetFiles(Path.Combine(Sample, split), "*.txt").Order(StringComparer.Ordinal).Take(count)
                                    .SelectMany(t => new[] { t, Path.ChangeExtension(t, ".ann") }).ToArray();
            var copied = Directory.GetFiles(Path.Combine(target, split)).Select(Path.GetFileName).Order(StringComparer.Ordinal);
            Assert.Equal(expected.Select(Path.GetFileName).Order(StringComparer.Ordinal), copied);
            foreach (var file in expected)
                Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(target, split, Path.GetFileName(file))));
        }
    }

    [Fact]
    public void Refuses_an_existing_target_and_more_notes_than_there_are()
    {
        using var temp = new TempDir();
        Assert.Throws<IOException>(() => CorpusSubset.Copy(Sample, temp.Path, 1, 1));
        var e = Assert.Throws<ArgumentException>(() => CorpusSubset.Copy(Sample, Path.Combine(temp.Path, "big"), 1, 10_000));
        Assert.Contains("fewer than the 10000 asked for", e.Message);
    }

    [Fact]
    public void A_note_without_annotations_is_named()
    {
        using var temp = new TempDir();
        var source = Path.Combine(temp.Path, "corpus");
        Directory.CreateDirectory(Path.Combine(source, "train"));
        Directory.CreateDirectory(Path.Combine(source, "test"));
        File.WriteAllText(Path.Combine(source, "train", "1.txt"), "aspirin");
        File.WriteAllText(Path.Combine(source, "test", "2.txt"), "aspirin");
        var e = Assert.Throws<FileNotFoundException>(() => CorpusSubset.Copy(source, Path.Combine(temp.Path, "small"), 1, 1));
        Assert.Contains("1.ann", e.Message);
    }

    /// <summary>A CoNLL corpus folder under <paramref name="temp"/> holding <paramref name="files"/>.</summary>
    static string Conll(TempDir temp, params (string Name, string Text)[] files)
    {
        var folder = Directory.CreateDirectory(Path.Combine(temp.Path, "conll")).FullName;
        foreach (var (name, text) in files) File.WriteAllText(Path.Combine(folder, name), text);
        return folder;
    }

    [Fact]
    public void Copies_the_first_sentences_of_each_conll_file_byte_for_byte()
    {
        using var temp = new TempDir();
        var source = Conll(temp, ("train.txt", "Aspirin\tB-Chem\n.\tO\n\n\nNo\tO\nfever\tB-Dis\n\nLast\tO\n\n"), ("valid.txt", "Heparin\tB-Chem\n"),
                           ("test.txt", "Pain\tB-Dis\n\nMore\tO\n\n"));

        var target = CorpusSubset.Copy(source, Path.Combine(temp.Path, "small"), train: 2, test: 1);

        Assert.Equal("Aspirin\tB-Chem\n.\tO\n\n\nNo\tO\nfever\tB-Dis\n\n", File.ReadAllText(Path.Combine(target, "train.txt")));
        Assert.Equal("Heparin\tB-Chem\n", File.ReadAllText(Path.Combine(target, "valid.txt")));
        Assert.Equal("Pain\tB-Dis\n\n", File.ReadAllText(Path.Combine(target, "test.txt")));
        Assert.Equal(2, NerCorpus.Open(target).Train.Length);
    }

    [Fact]
    public void A_conll_file_with_fewer_sentences_than_asked_for_is_named()
    {
        using var temp = new TempDir();
        var source = Conll(temp, ("train.txt", "Aspirin\tB-Chem\n\nNo\tO\n"), ("test.txt", "Pain\tB-Dis\n\n"));
        var e = Assert.Throws<ArgumentException>(() => CorpusSubset.Copy(source, Path.Combine(temp.Path, "small"), train: 3, test: 1));
        Assert.Contains("train.txt: 2 sentences, fewer than the 3 asked for", e.Message);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "small")));
    }
}
