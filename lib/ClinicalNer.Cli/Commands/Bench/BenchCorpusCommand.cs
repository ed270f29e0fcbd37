using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ClinicalNer.Cli.Commands.Arguments;
using ClinicalNer.Sample;
using ClinicalNer.Sample.Benchmarks;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Cli.Commands.Bench;

/// <summary><c>bench corpus</c>: median seconds to load, split, tokenize and BIO-tag a generated corpus the size of n2c2's training set.</summary>
static class BenchCorpusCommand
{
    public static Command Create()
    {
        var documents = new Option<int>("--documents") { Description = "Notes of typical discharge-summary length to generate (n2c2 training: 303).", DefaultValueFactory = _ => CorpusBenchmark.N2c2TrainingDocuments }.AtLeast(1);
        var repetitions = new Option<int>("--repetitions") { Description = "Timed runs (the median is reported).", DefaultValueFactory = _ => 5 }.AtLeast(1);
        var seed = new Option<int>("--seed") { Description = "Seed of the generated corpus.", DefaultValueFactory = _ => SampleOptions.DefaultSeed };
        var json = new Option<bool>("--json") { Description = "Print {\"documents\": n, ..., \"total_s\": s} instead of a table." };
        var command = new Command("corpus", "Median seconds to load, split and tokenize, and BIO-encode a generated n2c2-size corpus (written to a temporary folder).");
        foreach (var o in new Option[] { documents, repetitions, seed, json }) command.Options.Add(o);
        command.SetAction(pr => Verb.Run(pr, () =>
        {
            string folder = Path.Combine(Path.GetTempPath(), "clinical-ner-bench-" + Guid.NewGuid().ToString("N"));
            CorpusBenchmark result;
            try
            {
                result = CorpusBenchmark.Run(folder, pr.GetValue(documents), pr.GetValue(repetitions), pr.GetValue(seed));
            }
            finally
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }

            var output = pr.InvocationConfiguration.Output;
            if (pr.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["documents"] = result.Documents,
                    ["sentences"] = result.Sentences,
                    ["tokens"] = result.Tokens,
                    ["entities"] = result.Entities,
                    ["load_s"] = result.LoadSeconds,
                    ["split_tokenize_s"] = result.SplitTokenizeSeconds,
                    ["bio_s"] = result.BioSeconds,
                    ["total_s"] = result.TotalSeconds,
                    ["cores"] = Environment.ProcessorCount,
                }));
                return 0;
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"bench corpus: {result.Documents:N0} notes, {result.Sentences:N0} sentences, {result.Tokens:N0} tokens, {result.Entities:N0} entities; median of {pr.GetValue(repetitions)} runs on {Environment.ProcessorCount} cores"));
            foreach (var (name, seconds) in new[] { ("load", result.LoadSeconds), ("split+tokenize", result.SplitTokenizeSeconds), ("bio", result.BioSeconds), ("total", result.TotalSeconds) })
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-16}{seconds,10:F3} s"));
            return 0;
        }));
        return command;
    }
}
