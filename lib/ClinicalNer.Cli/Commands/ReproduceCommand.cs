using System.CommandLine;
using System.Globalization;
using ClinicalNer.Charts;
using ClinicalNer.Experiments;
using ClinicalNer.Models.Hub;
using ClinicalNer.Runtime;

namespace ClinicalNer.Cli.Commands;

/// <summary><c>reproduce</c>: the paper's experiment grid (models × {full, sambd} × seeds), its tables, charts and comparison with the paper.</summary>
static class ReproduceCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Corpus folder (brat train/ test/, or CoNLL files).", DefaultValueFactory = _ => Path.Combine("data", "sample") };
        var models = new Option<string>("--models") { Description = $"Comma-separated models (default: all whose checkpoint is available offline): {string.Join(", ", GridModel.All.Select(m => m.Name))}." };
        var preset = new Option<string>("--preset") { Description = "cpu (the workbench's defaults) or paper (the paper's protocol: its size, batch, epochs, learning rate; train+dev, last epoch).", DefaultValueFactory = _ => "cpu" }
            .AcceptOnlyFromAmong("cpu", "paper");
        var seeds = new Option<string>("--seeds") { Description = "Comma-separated run seeds.", DefaultValueFactory = _ => "1" };
        var output = new Option<string>("--out") { Description = "Output folder (run folders under runs/).", DefaultValueFactory = _ => Path.Combine("runs", "reproduce") };
        var size = new Option<string>("--size") { Description = "From-scratch size instead of the preset's: tiny, mini, small or paper." }
            .AcceptOnlyFromAmong("tiny", "mini", "small", "paper");
        var epochs = new Option<int?>("--epochs") { Description = "Epochs instead of the preset's." };
        var threads = new Option<int>("--threads") { Description = "torch threads (0: torch's default).", DefaultValueFactory = _ => 0 };
        var plotlyJs = new Option<string>("--plotly-js") { Description = "Charts get plotly.js inline (offline), from the CDN, or not at all.", DefaultValueFactory = _ => "inline" }
            .AcceptOnlyFromAmong("inline", "cdn", "none");
        var command = new Command("reproduce", "Run the paper's experiment grid; write results tables, charts and the comparison with the paper. Finished runs are skipped, interrupted ones resumed.");
        foreach (var o in new Option[] { data, models, preset, seeds, output, size, epochs, threads, plotlyJs }) command.Options.Add(o);
        command.SetAction(pr => Verb.Run(pr, () =>
        {
            TorchRuntime.EnsureLoaded();
            var (chosen, skipped) = pr.GetValue(models) is { } list
                ? ([.. Split(list).Select(GridModel.Named)], [])
                : ModelAvailability.Default(HubOptions.FromEnvironment());
            var options = new ReproduceOptions
            {
                Data = pr.GetValue(data)!,
                Output = pr.GetValue(output)!,
                Models = chosen,
                Preset = pr.GetValue(preset) == "paper" ? GridPreset.Paper : GridPreset.Cpu,
                Seeds = [.. Split(pr.GetValue(seeds)!).Select(ParseSeed)],
                Size = pr.GetValue(size),
                Epochs = pr.GetValue(epochs),
                Threads = pr.GetValue(threads),
            };
            var error = pr.InvocationConfiguration.Error;
            foreach (var line in skipped) error.WriteLine($"skipped {line}");
            var mode = pr.GetValue(plotlyJs) switch { "cdn" => PlotlyJsMode.Cdn, "none" => PlotlyJsMode.None, _ => PlotlyJsMode.Inline };
            var summary = Reproduction.Run(options, skipped, mode, error);
            var outputWriter = pr.InvocationConfiguration.Output;
            foreach (var (run, outcome) in summary.Outcomes) outputWriter.WriteLine($"{run}: {outcome.ToString().ToLowerInvariant()}");
            foreach (var file in summary.Files) outputWriter.WriteLine(Path.Combine(options.Output, file));
            return 0;
        }));
        return command;
    }

    static IEnumerable<string> Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    static long ParseSeed(string text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : throw new ArgumentException($"--seeds: '{text}' is not an integer");
}
