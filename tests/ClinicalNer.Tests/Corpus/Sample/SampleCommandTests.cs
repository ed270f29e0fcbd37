using System.CommandLine;
using ClinicalNer.Cli.Commands;
using ClinicalNer.Corpus;
using ClinicalNer.Sample;
using ClinicalNer.Sample.Notes;

namespace ClinicalNer.Tests.Corpus.Sample;

public class SampleCommandTests
{
    [Fact]
    public void Sample_command_writes_the_generator_output_in_the_n2c2_layout()
    {
        string directory = Path.Combine(Path.GetTempPath(), "sample-" + Guid.NewGuid().ToString("N"));
        try
        {
            int exit = Run("sample", "--out", directory, "--seed", "7", "--train-docs", "3", "--test-docs", "2", "--doc-length", "typical");
            Assert.Equal(0, exit);
            var expected = SampleCorpus.Generate(new SampleOptions(7, 3, 2, NoteLength.Typical));
            foreach (var (split, documents) in new[] { ("train", expected.Train), ("test", expected.Test) })
            {
                Assert.Equal(documents.SelectMany(d => new[] { d.Id + ".ann", d.Id + ".txt" }).Order(StringComparer.Ordinal),
                             Directory.GetFiles(Path.Combine(directory, split)).Select(Path.GetFileName).Order(StringComparer.Ordinal));
                foreach (var d in documents)
                {
                    Assert.Equal(d.Text, File.ReadAllText(Path.Combine(directory, split, d.Id + ".txt")));
                    Assert.Equal(BratWriter.FormatAnnotations(d), File.ReadAllText(Path.Combine(directory, split, d.Id + ".ann")));
                }
            }
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Sample_command_exits_non_zero_and_writes_nothing_on_a_bad_count()
    {
        string directory = Path.Combine(Path.GetTempPath(), "sample-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(1, Run("sample", "--out", directory, "--train-docs", "-3"));
        Assert.False(Directory.Exists(directory));
    }

    static int Run(params string[] args)
    {
        var root = new RootCommand { SampleCommand.Create() };
        return root.Parse(args).Invoke();
    }
}
