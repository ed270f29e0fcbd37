using System.CommandLine;
using System.Text.Json;
using ClinicalNer.Benchmarks;
using ClinicalNer.Cli.Commands.Arguments;
using ClinicalNer.Models;
using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Cli.Commands.Bench;

/// <summary><c>bench train</c>: median ms of one full training step (TransformerCRF, or fine-tuning a pre-trained encoder) on random ids, and the parameter count.</summary>
static class BenchTrainCommand
{
    public static Command Create()
    {
        var size = new Option<string>("--size") { Description = $"Architecture: {string.Join(", ", SettingNames.Sizes.Names)}", DefaultValueFactory = _ => "paper" };
        var batch = new Option<int>("--batch") { Description = "Sequences per step", DefaultValueFactory = _ => 8 }.AtLeast(1);
        var length = new Option<int>("--length") { Description = "Sub-tokens per sequence", DefaultValueFactory = _ => 48 }.AtLeast(1);
        var encoder = new Option<string>("--encoder") { Description = "Instead of --size, a pre-trained encoder (checkpoint folder or model id, e.g. sentence-transformers/all-MiniLM-L6-v2): one fine-tuning step" };
        var head = new Option<TaggingHead>("--head") { Description = "crf (TransformerCRF) or apt", DefaultValueFactory = _ => TaggingHead.Crf };
        var threads = new Option<int>("--threads") { Description = "torch threads", DefaultValueFactory = _ => 2 }.AtLeast(1);
        var steps = new Option<int>("--steps") { Description = "Timed steps, after 3 warm-up steps", DefaultValueFactory = _ => 5 }.AtLeast(1);
        var json = new Option<bool>("--json") { Description = "Print {\"step_ms\": x, \"params\": n}" };
        var command = new Command("train", "Time one training step (forward, CRF loss, backward, AdamW) of the from-scratch Transformer, or of fine-tuning a pre-trained --encoder, on random ids.");
        foreach (var option in new Option[] { size, encoder, batch, length, head, threads, steps, json }) command.Options.Add(option);
        command.SetAction(pr => Verb.Run(() =>
        {
            var id = pr.GetValue(encoder);
            if (id is not null && pr.GetResult(size) is { Implicit: false }) throw new ArgumentException("give one of --size NAME and --encoder ID_OR_PATH");
            var (batchSize, seqLength, headKind) = (pr.GetValue(batch), pr.GetValue(length), pr.GetValue(head));
            var result = id is not null
                ? TrainStepBenchmark.RunPretrained(id, batchSize, seqLength, headKind, threads: pr.GetValue(threads), steps: pr.GetValue(steps))
                : TrainStepBenchmark.Run(SettingNames.Sizes.Parse(pr.GetValue(size)!), batchSize, seqLength, headKind, threads: pr.GetValue(threads), steps: pr.GetValue(steps));
            var model = id is not null ? $"{id} + {headKind.ToString().ToUpperInvariant()} head, fine-tuning" : $"{pr.GetValue(size)} Transformer{(headKind == TaggingHead.Crf ? "CRF" : "Apt")}";
            Console.WriteLine(pr.GetValue(json)
                ? JsonSerializer.Serialize(result)
                : $"{model} ({result.Parameters:N0} parameters), batch {batchSize} x {seqLength}: {result.StepMs:F1} ms per step (median)");
            return 0;
        }));
        return command;
    }
}
