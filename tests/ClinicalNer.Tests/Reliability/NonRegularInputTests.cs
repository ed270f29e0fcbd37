using System.Diagnostics;
using ClinicalNer.Tests.Experiments.Cluster;

namespace ClinicalNer.Tests.Reliability;

/// <summary>Inputs that are not regular files, or too large to read: refused by kind and size before a byte is read, never a hang or an out-of-memory.</summary>
[Trait("Category", "Integration")]
public class NonRegularInputTests
{
    /// <summary>A brat folder of two sample notes in which <c>zz.txt</c> is made by <paramref name="make"/>.</summary>
    static (string Folder, string Odd) CorpusWith(TempDir temp, Action<string> make)
    {
        var folder = Path.Combine(temp.Path, "notes");
        foreach (var id in new[] { "a", "b" })
        {
            temp.Write($"notes/{id}.txt", "Aspirin 81 mg daily.\n");
            temp.Write($"notes/{id}.ann", "T1\tDrug 0 7\tAspirin\n");
        }
        temp.Write("notes/zz.ann", "");
        var odd = Path.Combine(folder, "zz.txt");
        make(odd);
        return (folder, odd);
    }

    static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Fact]
    public void A_note_that_is_a_fifo_is_refused_instead_of_blocking()
    {
        using var temp = new TempDir();
        var (folder, fifo) = CorpusWith(temp, MakeFifo);

        Assert.Equal("a FIFO (named pipe), not a regular file", OneLine.Names(fifo, BuiltCli.Run(["stats", folder], timeoutSeconds: 60)));
        Assert.Equal("a FIFO (named pipe), not a regular file",
                     OneLine.Names(fifo, BuiltCli.Run(["convert", folder, "--out", Path.Combine(temp.Path, "out.txt")], timeoutSeconds: 60)));
    }

    [Fact]
    public void A_wordpiece_vocabulary_that_is_a_fifo_is_refused_instead_of_blocking()
    {
        using var temp = new TempDir();
        var fifo = Path.Combine(temp.Path, "vocab.txt");
        MakeFifo(fifo);

        Assert.Equal("a FIFO (named pipe), not a regular file",
                     OneLine.Names(fifo, BuiltCli.Run(["score", "--gold", "g.conll", "--pred", "p.conll", "--unit", "subtoken", "--wordpiece", fifo], timeoutSeconds: 60)));
    }

    [Fact]
    public void A_note_linked_to_dev_zero_is_refused_instead_of_filling_memory()
    {
        using var temp = new TempDir();
        var (folder, link) = CorpusWith(temp, path => File.CreateSymbolicLink(path, "/dev/zero"));

        Assert.Equal("a character device, not a regular file", OneLine.Names(link, BuiltCli.Run(["stats", folder], timeoutSeconds: 60)));
    }

    [Fact]
    public void A_conll_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        using var temp = new TempDir();
        var big = Path.Combine(temp.Path, "big.txt");
        using (var stream = File.Create(big)) stream.SetLength(3L << 30); // sparse: no disk used

        Assert.StartsWith("3,221,225,472 bytes, over the", OneLine.Names(big, BuiltCli.Run(["stats", big], timeoutSeconds: 60)));
    }
}
