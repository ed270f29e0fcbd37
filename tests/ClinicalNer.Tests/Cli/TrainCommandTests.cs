using System.CommandLine;
using ClinicalNer.Cli.Commands;
using ClinicalNer.Tests.Training;
using ClinicalNer.Training;

namespace ClinicalNer.Tests.Cli;

public class TrainCommandTests
{
    static (int Code, string Error) Train(params string[] args)
    {
        var error = new StringWriter();
        var code = TrainCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = TextWriter.Null, Error = error });
        return (code, error.ToString().Trim());
    }

    [Fact]
    public void Bio_constraints_flag_reaches_the_runs_config()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 2, test: 1);
        var output = Path.Combine(temp.Path, "run");

        var (code, error) = Train("--data", data, "--size", "tiny", "--epochs", "1", "--max-len", "32", "--vocab-size", "200",
                                  "--threads", "1", "--bio-constraints", "--out", output);

        Assert.True(code == 0, error);
        Assert.True(RunConfig.Load(Path.Combine(output, "config.json")).BioConstraints);
    }

    [Fact]
    public void Bio_constraints_on_a_softmax_model_is_one_clear_error()
    {
        using var temp = new TempDir();
        var output = Path.Combine(temp.Path, "run");
        var (code, error) = Train("--data", TinyRun.Corpus(temp.Path, 1, 1), "--model", "transformer-apt", "--bio-constraints", "--out", output);

        Assert.Equal(1, code);
        Assert.Equal("clinical-ner: --bio-constraints needs a CRF head; transformer-apt has none", error);
        Assert.False(Directory.Exists(output));
    }
}
