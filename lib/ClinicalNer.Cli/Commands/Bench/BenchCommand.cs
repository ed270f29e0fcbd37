using System.CommandLine;

namespace ClinicalNer.Cli.Commands.Bench;

/// <summary><c>bench</c>: a parent for the benchmark verbs, each in its own file (<c>bench metrics</c>, ...).</summary>
static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Time a component on synthetic data and print JSON for comparison with the issues' baselines (a measurement, not a test).");
        foreach (var subcommand in new Command[]
        {
            BenchCorpusCommand.Create(),
            BenchMetricsCommand.Create(),
            BenchCrfCommand.Create(),
            BenchTrainCommand.Create(),
        })
            command.Subcommands.Add(subcommand);
        return command;
    }
}
