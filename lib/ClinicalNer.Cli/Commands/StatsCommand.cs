using System.CommandLine;
using System.Text.Json;
using ClinicalNer.Cli.Commands.Arguments;
using ClinicalNer.Runtime;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Conll;
using ClinicalNer.Text.Corpora;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Text.Statistics;

namespace ClinicalNer.Cli.Commands;

/// <summary><c>stats</c>: what a corpus holds and how much of it BIO tagging can keep (the encoding ceiling).</summary>
static class StatsCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A brat folder (.txt + .ann), a corpus root holding train/ and test/, or a CoNLL file." };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of the text table." };
        var scheme = CorpusArguments.Scheme("Tag scheme of a CoNLL input file.");
        var discontinuous = CorpusArguments.Discontinuous();
        var gluedUnits = CorpusArguments.GluedUnits();
        var lenient = CorpusArguments.Lenient();
        var n2c2 = CorpusArguments.N2c2();
        var command = new Command("stats", "Count documents, sentences, tokens, entities per type, labels, discontinuous and overlapping entities, and the encoding ceiling.");
        command.Arguments.Add(path);
        foreach (var o in new Option[] { json, scheme, discontinuous, gluedUnits, lenient, n2c2 }) command.Options.Add(o);
        command.SetAction(pr => Verb.Run(pr, () =>
        {
            var target = pr.GetValue(path)!;
            var tagging = CorpusArguments.Tagging(pr, discontinuous, gluedUnits);
            CorpusStatistics Brat(string folder) =>
                CorpusStatistics.Of(CorpusArguments.LoadBrat(pr, folder, tagging, pr.GetValue(lenient), pr.GetValue(n2c2)), folder);

            List<(string? Name, CorpusStatistics Statistics)> parts;
            if (File.Exists(target))
                parts = [(null, CorpusStatistics.Of(ConllReader.Read(target, TagSchemes.Parse(pr.GetValue(scheme)!)), TagScheme.Iob2))];
            else if (CorpusSplits.HoldsNotes(target))
                parts = [(null, Brat(target))];
            else if (Directory.Exists(target) && CorpusSplits.ShippedParts(target) is { IsEmpty: false } shipped)
                parts = [.. shipped.Select(p => ((string?)p.Part, Brat(p.Folder)))];
            else if (Directory.Exists(target))
                throw new DirectoryNotFoundException($"{target}: no .txt notes, and no train/ or test/ folder holding them");
            else
            {
                InputFile.Check(target); // says "permission denied" where a folder on the way is closed to this user
                throw new FileNotFoundException($"{target}: no such file or folder", target);
            }

            var output = pr.InvocationConfiguration.Output;
            if (pr.GetValue(json))
            {
                using var buffer = new MemoryStream();
                using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
                {
                    if (parts.Count == 1 && parts[0].Name is null) CorpusStatisticsJson.Write(writer, parts[0].Statistics);
                    else
                    {
                        writer.WriteStartObject();
                        foreach (var (name, statistics) in parts)
                        {
                            writer.WritePropertyName(name!);
                            CorpusStatisticsJson.Write(writer, statistics);
                        }
                        writer.WriteEndObject();
                    }
                }
                output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
            }
            else output.Write(string.Join("\n", parts.Select(p => CorpusStatisticsText.Format(p.Statistics))));
            return 0;
        }));
        return command;
    }
}
