using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ClinicalNer.Cli.Commands.Arguments;
using ClinicalNer.Metrics;
using ClinicalNer.Sample.Benchmarks;

namespace ClinicalNer.Cli.Commands.Bench;

/// <summary><c>bench metrics</c>: median seconds per CoNLL unit on a synthetic sub-token pair.</summary>
static class BenchMetricsCommand
{
    public static Command Create()
    {
        var tokens = new Option<int>("--tokens") { Description = "Sub-tokens in the synthetic gold/prediction pair.", DefaultValueFactory = _ => 1_000_000 }.AtLeast(1);
        var repetitions = new Option<int>("--repetitions") { Description = "Timed runs per unit (the median is reported).", DefaultValueFactory = _ => 7 }.AtLeast(1);
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic pair.", DefaultValueFactory = _ => 1 };
        var json = new Option<bool>("--json") { Description = "Print {\"subtoken\": s, ...} instead of a table." };
        var command = new Command("metrics", "Median seconds to score a synthetic pair (sentences of 5-40 words, ~85% O, nine types, invalid sequences) at each CoNLL unit.");
        foreach (var o in new Option[] { tokens, repetitions, seed, json }) command.Options.Add(o);
        command.SetAction(pr => Verb.Run(() =>
        {
            int n = pr.GetValue(tokens);
            if (n < 1) throw new ArgumentException($"--tokens must be positive, not {n}");
            var results = MetricsBenchmark.Run(n, pr.GetValue(repetitions), pr.GetValue(seed));
            var output = pr.InvocationConfiguration.Output;
            if (pr.GetValue(json))
            {
                using var buffer = new MemoryStream();
                using (var writer = new Utf8JsonWriter(buffer))
                {
                    writer.WriteStartObject();
                    foreach (var (unit, seconds) in results) writer.WriteNumber(unit.Name(), seconds);
                    writer.WriteEndObject();
                }
                output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
            }
            else
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench metrics: {n:N0} sub-tokens, median of {pr.GetValue(repetitions)} runs"));
                foreach (var (unit, seconds) in results)
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{unit.Name(),-16}{seconds,12:F6} s"));
            }
            return 0;
        }));
        return command;
    }
}
