using System.CommandLine;
using System.Text.Json;
using ClinicalNer.Benchmarks;
using ClinicalNer.Models;

namespace ClinicalNer.Cli.Commands;

/// <summary><c>bench train</c>: median ms of one full TransformerCRF training step on random ids, and the parameter count.</summary>
static class BenchTrainCommand
{
    public static Command Create()
    {
        var size = new Option<string>("--size") { Description = $"Architecture: {string.Join(", ", DistilBertConfig.SizeNames)}", DefaultValueFactory = _ => "paper" };
        var batch = new Option<int>("--batch") { Description = "Sequences per step", DefaultValueFactory = _ => 8 }.AtLeast(1);
        var length = new Option<int>("--length") { Description = "Sub-tokens per sequence", DefaultValueFactory = _ => 48 }.AtLeast(1);
        var head = new Option<TaggingHead>("--head") { Description = "crf (TransformerCRF) or apt", DefaultValueFactory = _ => TaggingHead.Crf };
        var threads = new Option<int>("--threads") { Description = "torch threads", DefaultValueFactory = _ => 2 }.AtLeast(1);
        var steps = new Option<int>("--steps") { Description = "Timed steps, after 3 warm-up steps", DefaultValueFactory = _ => 5 }.AtLeast(1);
        var json = new Option<bool>("--json") { Description = "Print {\"step_ms\": x, \"params\": n}" };
        var command = new Command("train", "Time one training step (forward, CRF loss, backward, AdamW) of the from-scratch Transformer on random ids.");
        foreach (var option in new Option[] { size, batch, length, head, threads, steps, json }) command.Options.Add(option);
        command.SetAction(pr => Verb.Run(() =>
        {
            var result = TrainStepBenchmark.Run(pr.GetValue(size)!, pr.GetValue(batch), pr.GetValue(length), pr.GetValue(head), threads: pr.GetValue(threads), steps: pr.GetValue(steps));
            Console.WriteLine(pr.GetValue(json)
                ? JsonSerializer.Serialize(result)
                : $"{pr.GetValue(size)} Transformer{(pr.GetValue(head) == TaggingHead.Crf ? "CRF" : "Apt")} ({result.Parameters:N0} parameters), batch {pr.GetValue(batch)} x {pr.GetValue(length)}: {result.StepMs:F1} ms per step (median)");
            return 0;
        }));
        return command;
    }
}
