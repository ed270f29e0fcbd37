using System.CommandLine;

namespace ClinicalNer.Cli.Commands;

/// <summary>The <c>bench</c> verb: a parent for the benchmarks, each a subcommand.</summary>
static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Benchmarks that print timings (JSON with --json) for comparison with PyTorch.");
        command.Subcommands.Add(BenchCrfCommand.Create());
        command.Subcommands.Add(BenchTrainCommand.Create());
        return command;
    }
}
