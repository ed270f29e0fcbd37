using System.CommandLine;
using System.Globalization;
using ClinicalNer.Charts;
using ClinicalNer.Cli.Commands.Arguments;
using ClinicalNer.Experiments;
using ClinicalNer.Experiments.Cluster;
using ClinicalNer.Experiments.Grid;
using ClinicalNer.Experiments.Selection;
using ClinicalNer.Models.Hub;
using ClinicalNer.Runtime;
using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Cli.Commands;

/// <summary>
/// <c>reproduce</c>: the paper's final grid (models × {full, sambd} × seeds) or its model-selection grid, run here or
/// submitted to Slurm as a job array; its tables, charts and comparison with the paper; <c>--status</c> of a grid.
/// </summary>
static class ReproduceCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Corpus folder (brat train/ test/, or CoNLL files).", DefaultValueFactory = _ => Path.Combine("data", "sample") };
        var grid = new Option<string>("--grid") { Description = "final (every model with and without down-sampling, scored on test) or selection (batch × learning rate on held-out dev notes, as the paper chose its settings).", DefaultValueFactory = _ => "final" }
            .AcceptOnlyFromAmong("final", "selection");
        var models = new Option<string>("--models") { Description = $"Comma-separated models (default: all whose checkpoint is available offline): {string.Join(", ", GridModel.All.Select(m => m.Name))}." };
        var preset = new Option<string>("--preset") { Description = "cpu (the workbench's defaults) or paper (the paper's protocol: its size, batch, epochs, learning rate; train+dev, last epoch).", DefaultValueFactory = _ => "cpu" }
            .AcceptOnlyFromAmong("cpu", "paper");
        var seeds = new Option<string>("--seeds") { Description = "Comma-separated run seeds.", DefaultValueFactory = _ => "1" };
        var variants = new Option<string>("--variants") { Description = "Comma-separated training-data variants of the final grid: full (every sentence), sambd (the paper's down-sampling).", DefaultValueFactory = _ => "full,sambd" };
        var output = new Option<string>("--out") { Description = "Output folder (run folders under runs/; on a cluster, a file system that every node sees).", DefaultValueFactory = _ => Path.Combine("runs", "reproduce") };
        var size = new Option<string>("--size") { Description = "From-scratch size instead of the preset's: tiny, mini, small or paper." }
            .AcceptOnlyFromAmong([.. SettingNames.Sizes.Names]);
        var epochs = new Option<int?>("--epochs") { Description = "Epochs instead of the preset's (or the selection grid's 9/6)." }.AtLeast(1);
        var hyperParameters = new Option<string>("--hyperparameters") { Description = "Final grid: batch, epochs and learning rate per model from a CSV (model,batch_size,epochs,learning_rate), e.g. a selection grid's selected-hyperparameters.csv or results/paper/final-hyperparameters.csv." };
        var jobs = new Option<int>("--jobs") { Description = "Runs trained side by side here, each in its own process (0: two where there are at least two cores, else one).", DefaultValueFactory = _ => 0 }.AtLeast(0);
        var threads = new Option<int>("--threads") { Description = "torch threads of each run (0: the cores divided among --jobs here, --cpus-per-run under Slurm); recorded in each run and kept when it resumes.", DefaultValueFactory = _ => 0 }.AtLeast(0);
        var device = new Option<string>("--device") { Description = "cpu or cuda (a build with -p:TorchBackend=cuda); --gpus-per-run above 0 implies cuda.", DefaultValueFactory = _ => "cpu" }
            .AcceptOnlyFromAmong([.. SettingNames.Devices.Names]);
        var plotlyJs = new Option<string>("--plotly-js") { Description = "Charts get plotly.js inline (offline), from the CDN, or not at all.", DefaultValueFactory = _ => "inline" }
            .AcceptOnlyFromAmong("inline", "cdn", "none");
        var scheduler = new Option<string>("--scheduler") { Description = "local (run the grid here) or slurm (submit its unfinished runs as one sbatch job array).", DefaultValueFactory = _ => "local" }
            .AcceptOnlyFromAmong("local", "slurm");
        var partition = new Option<string>("--partition") { Description = "Slurm partition (default: the cluster's)." };
        var account = new Option<string>("--account") { Description = "Slurm account to charge (default: yours)." };
        var time = new Option<string>("--time") { Description = "Slurm wall-time limit of each run, HH:MM:SS or D-HH:MM:SS (default: the partition's)." };
        var gpus = new Option<int>("--gpus-per-run") { Description = "GPUs per array task (--gres=gpu:N); the runs train on cuda.", DefaultValueFactory = _ => 0 }.AtLeast(0);
        var cpus = new Option<int>("--cpus-per-run") { Description = "CPUs per array task (--cpus-per-task), and each run's torch threads unless --threads is given.", DefaultValueFactory = _ => 1 }.AtLeast(1);
        var maxParallel = new Option<int?>("--max-parallel") { Description = "The most array tasks that run at once (the array's %N throttle)." }.AtLeast(1);
        var dryRun = new Option<bool>("--dry-run") { Description = "Write the Slurm job script under OUT/slurm/ without submitting it." };
        var status = new Option<bool>("--status") { Description = "Show the runs of the grid in --out: done, running, failed (with each failed task's log), pending." };
        var json = new Option<bool>("--json") { Description = "With --status: print JSON." };
        var command = new Command("reproduce", "Run the paper's experiment grid here or on Slurm; write results tables, charts and the comparison with the paper. Finished runs are skipped, interrupted ones resumed.");
        foreach (var o in new Option[] { data, grid, models, preset, seeds, variants, output, size, epochs, hyperParameters, jobs, threads, device, plotlyJs,
                                         scheduler, partition, account, time, gpus, cpus, maxParallel, dryRun, status, json })
            command.Options.Add(o);
        command.SetAction(pr => Verb.Run(pr, () =>
        {
            var outputWriter = pr.InvocationConfiguration.Output;
            var error = pr.InvocationConfiguration.Error;
            if (pr.GetValue(status))
            {
                var report = GridStatusReport.Read(pr.GetValue(output)!);
                outputWriter.Write(pr.GetValue(json) ? report.ToJson() + "\n" : report.ToText());
                return 0;
            }
            if (pr.GetValue(hyperParameters) is not null && pr.GetValue(grid) == "selection")
                throw new ArgumentException("--hyperparameters sets the final grid's runs; the selection grid searches them");
            bool slurm = pr.GetValue(scheduler) == "slurm";
            if (!slurm && new Option[] { partition, account, time, gpus, cpus, maxParallel, dryRun }.FirstOrDefault(o => pr.GetResult(o) is { Implicit: false }) is { } stray)
                throw new ArgumentException($"{stray.Name} is a Slurm option; add --scheduler slurm");
            if (slurm && pr.GetResult(jobs) is { Implicit: false })
                throw new ArgumentException("--jobs runs the grid here; under Slurm, --max-parallel limits the runs at once");
            int parallel = slurm ? 1 : LocalJobs(pr.GetValue(jobs));
            var slurmOptions = new SlurmOptions
            {
                Partition = pr.GetValue(partition),
                Account = pr.GetValue(account),
                Time = pr.GetValue(time),
                GpusPerRun = pr.GetValue(gpus),
                CpusPerRun = pr.GetValue(cpus),
                MaxParallel = pr.GetValue(maxParallel),
                DryRun = pr.GetValue(dryRun),
            };
            // Checked again by SlurmReproduction, but here before the model lookup reports skipped models, so that a
            // machine without Slurm answers in one line.
            if (slurm)
            {
                slurmOptions.Validate();
                if (!slurmOptions.DryRun) Sbatch.Require();
            }
            var (chosen, skipped) = pr.GetValue(models) is { } list
                ? ([.. CommaList.Split("--models", list).Select(GridModel.Named)], [])
                : ModelAvailability.Default(HubOptions.FromEnvironment(), paperProtocol: pr.GetValue(preset) == "paper" || pr.GetValue(grid) == "selection");
            var options = new ReproduceOptions
            {
                Data = pr.GetValue(data)!,
                Output = pr.GetValue(output)!,
                Models = chosen,
                Grid = pr.GetValue(grid) == "selection" ? GridKind.Selection : GridKind.Final,
                Preset = pr.GetValue(preset) == "paper" ? GridPreset.Paper : GridPreset.Cpu,
                Seeds = [.. CommaList.Split("--seeds", pr.GetValue(seeds)!).Select(ParseSeed)],
                Variants = [.. CommaList.Split("--variants", pr.GetValue(variants)!).Select(GridVariant.Named)],
                Size = pr.GetValue(size) is { } sizeName ? SettingNames.Sizes.Parse(sizeName) : null,
                Epochs = pr.GetValue(epochs),
                HyperParameters = pr.GetValue(hyperParameters) is { } table ? ModelSelection.ReadHyperParameters(table) : [],
                Threads = pr.GetValue(threads) is > 0 and var t ? t : slurm ? slurmOptions.CpusPerRun : parallel > 1 ? Math.Max(1, Environment.ProcessorCount / parallel) : 0,
                Device = slurm && slurmOptions.GpusPerRun > 0 ? ComputeDevice.Cuda : SettingNames.Devices.Parse(pr.GetValue(device)!),
            };
            foreach (var line in skipped) error.WriteLine($"skipped {line}");
            var mode = pr.GetValue(plotlyJs) switch { "cdn" => PlotlyJsMode.Cdn, "none" => PlotlyJsMode.None, _ => PlotlyJsMode.Inline };
            IEnumerable<string> files;
            TorchRuntime.EnsureLoaded();
            if (slurm)
            {
                var submission = SlurmReproduction.Submit(options, slurmOptions, BuiltProgram.Command());
                Report(submission, options.Output, outputWriter);
                files = Reproduction.WriteOutputs(options, skipped, mode).Files;
            }
            else
            {
                var workers = parallel > 1 ? new GridWorkers(BuiltProgram.Command(), parallel) : null;
                var summary = Reproduction.Run(options, skipped, mode, error, workers: workers);
                foreach (var (run, outcome) in summary.Outcomes) outputWriter.WriteLine($"{run}: {outcome.ToString().ToLowerInvariant()}");
                files = summary.Files;
            }
            foreach (var file in files) outputWriter.WriteLine(Path.Combine(options.Output, file));
            return 0;
        }));
        return command;
    }

    static void Report(ClusterSubmission submission, string output, TextWriter writer)
    {
        if (submission.Done.Length > 0) writer.WriteLine($"{submission.Done.Length} runs done");
        foreach (var run in submission.Running) writer.WriteLine($"{run}: running, or still queued in Slurm; not submitted again");
        if (submission.Script is null)
        {
            writer.WriteLine(submission.Running.IsEmpty ? "every run is done; nothing to submit" : "nothing to submit");
            return;
        }
        writer.WriteLine(submission.JobId is { } job
            ? $"submitted Slurm job {job}: {submission.Submitted.Length} array tasks, script {submission.Script}; follow with: clinical-ner reproduce --out {output} --status"
            : $"dry run: {submission.Submitted.Length} array tasks in {submission.Script} (not submitted)");
    }

    /// <summary>
    /// Runs at once here: <paramref name="requested"/>, or by default two where there are two cores or more. Two
    /// one-thread runs outpace one two-thread run on two cores (torch scales poorly on small models); more than two at
    /// once would hold several pre-trained encoders in memory.
    /// </summary>
    static int LocalJobs(int requested) => requested > 0 ? requested : Math.Min(2, Environment.ProcessorCount);

    static long ParseSeed(string text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : throw new ArgumentException($"--seeds: '{text}' is not an integer");
}
