using System.CommandLine;
using ClinicalNer.Cli.Commands;
using ClinicalNer.Experiments.Cluster;
using ClinicalNer.Tests.Experiments.Cluster;
using ClinicalNer.Tests.Training;

namespace ClinicalNer.Tests.Cli;

/// <summary><c>reproduce --scheduler slurm</c> on a machine without Slurm (PATH holds only the dotnet host).</summary>
[Trait("Category", "Integration")]
public class ReproduceSlurmCommandTests
{
    static readonly string NoSlurm = Path.GetDirectoryName(Environment.ProcessPath is { } p && Path.GetFileName(p) == "dotnet" ? p : "/usr/bin/dotnet")!;

    static string[] Grid(string data, string output, params string[] more) =>
        ["reproduce", "--data", data, "--out", output, "--models", "transformer-crf", "--size", "tiny", "--epochs", "1", "--scheduler", "slurm", .. more];

    [Fact]
    public void Without_Slurm_the_command_fails_with_one_line_and_writes_nothing()
    {
        using var temp = new TempDir();
        var output = Path.Combine(temp.Path, "out");

        var (code, stdout, stderr) = BuiltCli.Run(Grid(TinyRun.Corpus(temp.Path, 2, 1), output), path: NoSlurm);

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Trim().Split('\n'));
        Assert.StartsWith("clinical-ner: --scheduler slurm needs Slurm's sbatch, which is not on PATH", line);
        Assert.Contains("--dry-run", line);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Without_Slurm_a_dry_run_still_writes_the_job_script_and_the_run_files()
    {
        using var temp = new TempDir();
        var output = Path.Combine(temp.Path, "out");

        var (code, stdout, stderr) = BuiltCli.Run(Grid(TinyRun.Corpus(temp.Path, 2, 1), output, "--dry-run", "--max-parallel", "3", "--cpus-per-run", "2", "--time", "02:00:00"),
                                                  path: NoSlurm);

        Assert.True(code == 0, stderr);
        var script = Assert.Single(Directory.GetFiles(Path.Combine(output, "slurm"), "reproduce-*.sh"));
        Assert.Contains($"dry run: 2 array tasks in {script} (not submitted)", stdout);
        var text = File.ReadAllText(script);
        Assert.Contains("#SBATCH --array=0-1%3\n", text);
        Assert.Contains("#SBATCH --cpus-per-task=2\n", text);
        Assert.Contains("#SBATCH --time=02:00:00\n", text);
        Assert.Contains($"'{Path.Combine(AppContext.BaseDirectory, "clinical-ner.dll")}' grid-run", text);
        Assert.Equal(["transformer-crf-full-seed1.json", "transformer-crf-sambd-seed1.json"],
                     Directory.GetFiles(Path.Combine(output, "grid")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(File.Exists(SlurmSubmission.FilePath(output)));
        // The runs' threads are pinned to --cpus-per-run.
        Assert.Contains("\"threads\": 2", File.ReadAllText(Path.Combine(output, "grid", "transformer-crf-full-seed1.json")));
    }

    [Fact]
    public void A_Slurm_option_without_the_Slurm_scheduler_is_refused_rather_than_ignored()
    {
        using var temp = new TempDir();
        var error = new StringWriter();
        var output = Path.Combine(temp.Path, "out");

        int code = ReproduceCommand.Create().Parse(["--out", output, "--partition", "gpu"]).Invoke(new InvocationConfiguration { Output = TextWriter.Null, Error = error });

        Assert.Equal(1, code);
        Assert.Equal("clinical-ner: --partition is a Slurm option; add --scheduler slurm", error.ToString().Trim());
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Jobs_under_the_Slurm_scheduler_is_refused_rather_than_ignored()
    {
        using var temp = new TempDir();
        var error = new StringWriter();
        var output = Path.Combine(temp.Path, "out");

        int code = ReproduceCommand.Create().Parse(["--out", output, "--scheduler", "slurm", "--jobs", "2"]).Invoke(new InvocationConfiguration { Output = TextWriter.Null, Error = error });

        Assert.Equal(1, code);
        Assert.Equal("clinical-ner: --jobs runs the grid here; under Slurm, --max-parallel limits the runs at once", error.ToString().Trim());
        Assert.False(Directory.Exists(output));
    }
}
