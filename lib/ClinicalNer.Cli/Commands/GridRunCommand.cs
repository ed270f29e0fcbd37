using System.CommandLine;
using System.Runtime.InteropServices;
using ClinicalNer.Experiments;
using ClinicalNer.Experiments.Grid;
using ClinicalNer.Runtime;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Cli.Commands;

/// <summary>
/// <c>grid-run</c>: completes one run of a <c>reproduce</c> grid from its file (<c>OUT/grid/NAME.json</c>); what each
/// Slurm array task runs. SIGTERM (a cancelled job) and Ctrl+C stop it between batches; the last checkpoint stays.
/// </summary>
static class GridRunCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("run-file") { Description = "The run's file, OUT/grid/NAME.json, written by reproduce." };
        var log = new Option<string>("--log") { Description = "This attempt's log (a Slurm task's output), named by reproduce --status if the run fails." };
        var command = new Command("grid-run", "Complete one run of a reproduce grid (train or resume, then evaluate) in OUT/runs/NAME; what each Slurm array task runs.");
        command.Arguments.Add(file);
        command.Options.Add(log);
        command.SetAction(pr => Verb.Run(pr, () =>
        {
            TorchRuntime.EnsureLoaded();
            var path = Path.GetFullPath(pr.GetValue(file)!);
            var run = GridRunFile.Read(path);
            var output = Path.GetDirectoryName(Path.GetDirectoryName(path))!;
            var error = pr.InvocationConfiguration.Error;
            using var cancellation = new CancellationTokenSource();
            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                cancellation.Cancel();
            }
            using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            try
            {
                var outcome = GridRunner.Complete(run, output, error, pr.GetValue(log), cancellation.Token);
                pr.InvocationConfiguration.Output.WriteLine($"{run.Name}: {outcome.ToString().ToLowerInvariant()}");
                return 0;
            }
            catch (OperationCanceledException)
            {
                error.WriteLine($"\nclinical-ner: {run.Name} interrupted; it resumes from its last checkpoint when reproduce runs it again");
                return 143;
            }
        }));
        return command;
    }
}
