using System.Collections.Immutable;
using System.Diagnostics;
using ClinicalNer.Experiments.Cluster;

namespace ClinicalNer.Tests.Experiments.Cluster;

public class SlurmArrayScriptTests
{
    static readonly ImmutableArray<string> Runs = ["transformer-crf-full-seed1", "transformer-crf-sambd-seed1", "transformer-apt-full-seed1"];

    static string[] Directives(string script) =>
        [.. script.Split('\n').Where(l => l.StartsWith("#SBATCH ", StringComparison.Ordinal)).Select(l => l["#SBATCH ".Length..])];

    /// <summary>Runs the script's body as array task <paramref name="task"/> of job 77 and returns what it printed.</summary>
    static string RunAsTask(string script, int task)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["SLURM_ARRAY_JOB_ID"] = "77";
        start.Environment["SLURM_ARRAY_TASK_ID"] = task.ToString();
        using var process = Process.Start(start)!;
        process.StandardInput.Write(script);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
        return output.Trim();
    }

    [Fact]
    public void The_script_asks_for_one_task_per_run_with_the_throttle_resources_and_a_log_per_task()
    {
        var options = new SlurmOptions { Partition = "gpu", Account = "proj-42", Time = "1-02:00:00", GpusPerRun = 1, CpusPerRun = 4, MaxParallel = 2 };

        var script = SlurmArrayScript.Text("/shared/out", Runs, ["/opt/dotnet/dotnet", "/opt/bin/clinical-ner.dll"], options, threads: 4);

        Assert.StartsWith("#!/bin/bash\n", script);
        Assert.Equal(["--job-name=clinical-ner-out", "--array=0-2%2", "--ntasks=1", "--cpus-per-task=4", "--gres=gpu:1", "--partition=gpu",
                      "--account=proj-42", "--time=1-02:00:00", "--output=/shared/out/slurm/logs/%A_%a.log"], Directives(script));
        Assert.Contains("export OMP_NUM_THREADS=4 MKL_NUM_THREADS=4\n", script);
        Assert.DoesNotContain("dotnet run", script);
    }

    [Fact]
    public void Without_options_the_script_leaves_placement_to_the_cluster_and_runs_unthrottled()
    {
        var script = SlurmArrayScript.Text("/shared/out", Runs, ["/opt/clinical-ner"], new SlurmOptions(), threads: 1);

        Assert.Equal(["--job-name=clinical-ner-out", "--array=0-2", "--ntasks=1", "--cpus-per-task=1", "--output=/shared/out/slurm/logs/%A_%a.log"],
                     Directives(script));
    }

    [Fact]
    public void Each_array_task_starts_the_built_program_by_its_path_on_its_own_run_and_log()
    {
        // echo stands in for the program: the task's command line is what it prints.
        var script = SlurmArrayScript.Text("/shared/my out", Runs, ["/bin/echo", "it's.dll"], new SlurmOptions(), threads: 1);

        Assert.Equal("it's.dll grid-run /shared/my out/grid/transformer-crf-sambd-seed1.json --log /shared/my out/slurm/logs/77_1.log", RunAsTask(script, 1));
        Assert.Equal("it's.dll grid-run /shared/my out/grid/transformer-apt-full-seed1.json --log /shared/my out/slurm/logs/77_2.log", RunAsTask(script, 2));
    }

    [Theory]
    [InlineData("12:00:00")]
    [InlineData("2-00:00:00")]
    [InlineData("90")]
    [InlineData("30:00")]
    public void Slurm_time_limits_are_accepted(string time) => new SlurmOptions { Time = time }.Validate();

    [Theory]
    [InlineData("12h", "--time '12h' is not a Slurm time limit")]
    [InlineData("1:2:3:4", "--time '1:2:3:4' is not a Slurm time limit")]
    public void A_time_limit_that_sbatch_would_refuse_is_named(string time, string message) =>
        Assert.StartsWith(message, Assert.Throws<ArgumentException>(() => new SlurmOptions { Time = time }.Validate()).Message);

    [Fact]
    public void Counts_below_their_minimum_are_refused()
    {
        Assert.Contains("--cpus-per-run", Assert.Throws<ArgumentException>(() => new SlurmOptions { CpusPerRun = 0 }.Validate()).Message);
        Assert.Contains("--max-parallel", Assert.Throws<ArgumentException>(() => new SlurmOptions { MaxParallel = 0 }.Validate()).Message);
        Assert.Contains("--partition", Assert.Throws<ArgumentException>(() => new SlurmOptions { Partition = "a b" }.Validate()).Message);
    }
}
