using System.CommandLine;
using ClinicalNer.Cli.Commands;
using ClinicalNer.Cli.Commands.Arguments;
using ClinicalNer.Cli.Commands.Bench;
using ClinicalNer.Metrics;

namespace ClinicalNer.Tests.Reliability;

/// <summary>Numeric options out of range, options given twice and options that contradict each other: refused while the command line is parsed, with the allowed range.</summary>
public class BadValuesTests
{
    static readonly RootCommand Root = new()
    {
        TrainCommand.Create(), DownsampleCommand.Create(), CompareCommand.Create(), ScoreCommand.Create(), ReproduceCommand.Create(),
        SampleCommand.Create(), BenchCommand.Create(), ParamsCommand.Create(),
    };

    static string[] Errors(params string[] args) => [.. Root.Parse(args).Errors.Select(e => e.Message)];

    [Theory]
    [InlineData("--clip -1", "--clip must be at least 0, not -1")]
    [InlineData("--threads -5", "--threads must be at least 0, not -5")]
    [InlineData("--vocab-size 3", "--vocab-size must be at least 6, not 3")]
    [InlineData("--epochs 0", "--epochs must be at least 1, not 0")]
    [InlineData("--batch -2", "--batch must be at least 1, not -2")]
    [InlineData("--lr NaN", "--lr must be a finite number above 0, not NaN")]
    [InlineData("--lr 0", "--lr must be a finite number above 0, not 0")]
    [InlineData("--warmup 1", "--warmup must be below 1, not 1")]
    [InlineData("--downsample 1.5", "--downsample must be at most 1, not 1.5")]
    [InlineData("--downsample -0.1", "--downsample must be at least 0, not -0.1")]
    [InlineData("--max-len 1", "--max-len must be at least 2, not 1")]
    public void A_train_value_out_of_range_is_refused_with_the_range(string option, string error) =>
        Assert.Equal([error], Errors(["train", "--data", "corpus", .. option.Split(' ')]));

    [Theory]
    [InlineData("downsample x.txt --out y.txt --keep 1.01", "--keep must be at most 1, not 1.01")]
    [InlineData("downsample x.txt --out y.txt --target-share 1", "--target-share must be below 1, not 1")]
    [InlineData("compare --gold g --pred a --pred b --unit word --samples 0", "--samples must be at least 1, not 0")]
    [InlineData("score --gold g --pred p --unit word --errors -1", "--errors must be at least 0, not -1")]
    [InlineData("reproduce --cpus-per-run 0", "--cpus-per-run must be at least 1, not 0")]
    [InlineData("reproduce --max-parallel 0", "--max-parallel must be at least 1, not 0")]
    [InlineData("reproduce --epochs -1", "--epochs must be at least 1, not -1")]
    [InlineData("sample --out s --train-docs 0", "--train-docs must be at least 1, not 0")]
    [InlineData("bench crf --threads 0", "--threads must be at least 1, not 0")]
    [InlineData("params --head crf --labels 0", "--labels must be at least 1, not 0")]
    public void A_value_out_of_range_is_refused_by_every_verb(string args, string error) =>
        Assert.Equal([error], Errors(args.Split(' ')));

    [Fact]
    public void The_bounds_themselves_are_allowed() =>
        Assert.Empty(Errors("train", "--data", "corpus", "--clip", "0", "--threads", "0", "--downsample", "0", "--warmup", "0", "--vocab-size", "6", "--max-len", "2"));

    [Fact]
    public void An_option_given_twice_is_refused() =>
        Assert.Equal(["Option '--epochs' expects a single argument but 2 were provided."], Errors("train", "--data", "corpus", "--epochs", "3", "--epochs", "4"));

    [Theory]
    [InlineData("B-Drug,I-Drug,B-Drug", null, "--labels names 'B-Drug' twice")]
    [InlineData(null, "ADE=Reason,ADE=Drug", "--map maps 'ADE' twice")]
    public void A_list_entry_given_twice_is_refused(string? labels, string? map, string error) =>
        Assert.Equal(error, Assert.Throws<ArgumentException>(() => MetricsArguments.Options(ScoreUnit.Word, labels, map is null ? null : [map])).Message);

    [Theory]
    [InlineData("--vocab v.txt --vocab-size 100", "give --vocab FILE or --vocab-size N, not both")]
    [InlineData("--encoder bert-base-cased", "--encoder is for bert-* models; transformer-crf is trained from scratch")]
    [InlineData("--model bert-crf --encoder bert-base-cased --size tiny", "--size is for the from-scratch models; bert-crf takes its size from --encoder")]
    public void Train_options_that_contradict_each_other_are_refused_before_any_work(string options, string error)
    {
        using var temp = new TempDir();
        var output = Path.Combine(temp.Path, "run");
        var stderr = new StringWriter();

        int code = TrainCommand.Create().Parse(["--data", temp.Path, "--out", output, .. options.Split(' ')])
                               .Invoke(new InvocationConfiguration { Output = TextWriter.Null, Error = stderr });

        Assert.Equal(1, code);
        Assert.Equal($"clinical-ner: {error}", stderr.ToString().Trim());
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_default_value_contradicts_nothing_and_a_vocab_file_is_checked_first()
    {
        using var temp = new TempDir();
        var vocab = Path.Combine(temp.Path, "vocab.txt");
        var stderr = new StringWriter();

        int code = TrainCommand.Create().Parse(["--data", temp.Path, "--out", Path.Combine(temp.Path, "run"), "--vocab", vocab])
                               .Invoke(new InvocationConfiguration { Output = TextWriter.Null, Error = stderr });

        Assert.Equal(1, code);
        Assert.Equal($"clinical-ner: {vocab}: no such file", stderr.ToString().Trim());
    }
}
