using System.CommandLine;
using System.Text.Json;
using ClinicalNer.Benchmarks;
using ClinicalNer.Cli.Commands.Arguments;

namespace ClinicalNer.Cli.Commands.Bench;

/// <summary><c>bench crf</c>: median ms of one CRF log-likelihood forward+backward and of one Viterbi decode.</summary>
static class BenchCrfCommand
{
    public static Command Create()
    {
        var tags = new Option<int>("--tags") { Description = "Number of tags", DefaultValueFactory = _ => 19 }.AtLeast(1);
        var batch = new Option<int>("--batch") { Description = "Batch size", DefaultValueFactory = _ => 32 }.AtLeast(1);
        var length = new Option<int>("--length") { Description = "Sequence length (all masks full)", DefaultValueFactory = _ => 64 }.AtLeast(1);
        var threads = new Option<int>("--threads") { Description = "torch threads and CRF workers", DefaultValueFactory = _ => 2 }.AtLeast(1);
        var iterations = new Option<int>("--iterations") { Description = "Timed calls per operation, after a warm-up", DefaultValueFactory = _ => 200 }.AtLeast(1);
        var json = new Option<bool>("--json") { Description = "Print {\"forward_backward_ms\": x, \"viterbi_ms\": y}" };
        var command = new Command("crf", "Time the linear-chain CRF (log-likelihood forward+backward, Viterbi) on random emissions.");
        foreach (var option in new Option[] { tags, batch, length, threads, iterations, json }) command.Options.Add(option);
        command.SetAction(pr => Verb.Run(() =>
        {
            var result = CrfBenchmark.Run(pr.GetValue(tags), pr.GetValue(batch), pr.GetValue(length), pr.GetValue(threads), pr.GetValue(iterations));
            Console.WriteLine(pr.GetValue(json)
                ? JsonSerializer.Serialize(result)
                : $"CRF K={pr.GetValue(tags)} B={pr.GetValue(batch)} T={pr.GetValue(length)}: forward+backward {result.ForwardBackwardMs:F3} ms, Viterbi {result.ViterbiMs:F3} ms (medians)");
            return 0;
        }));
        return command;
    }
}
