using System.CommandLine;
using ClinicalNer.Cli.Commands.Arguments;
using ClinicalNer.Sample;
using ClinicalNer.Sample.Notes;

namespace ClinicalNer.Cli.Commands;

/// <summary><c>clinical-ner sample</c>: writes the synthetic n2c2-style corpus (train/ and test/ brat folders).</summary>
static class SampleCommand
{
    public static Command Create()
    {
        var defaults = new SampleOptions();
        var output = new Option<string>("--out") { Description = "Folder to write train/ and test/ into (their brat files must not exist yet)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives byte-identical files", DefaultValueFactory = _ => defaults.Seed };
        var trainDocuments = new Option<int>("--train-docs") { Description = "Number of training notes", DefaultValueFactory = _ => defaults.TrainDocuments }.AtLeast(1);
        var testDocuments = new Option<int>("--test-docs") { Description = "Number of held-out test notes", DefaultValueFactory = _ => defaults.TestDocuments }.AtLeast(0);
        var length = new Option<NoteLength>("--doc-length")
        {
            Description = "Note length: short (~72 sentences, the bundled sample) or typical (~140; n2c2 averages 137)",
            DefaultValueFactory = _ => defaults.Length,
        };
        var command = new Command("sample", "Generate a synthetic corpus of discharge summaries in the n2c2-2018 Track 2 layout (the bundled data/sample is the default).");
        foreach (var option in new Option[] { output, seed, trainDocuments, testDocuments, length }) command.Options.Add(option);
        command.SetAction(parse => Verb.Run(() =>
        {
            var options = new SampleOptions(parse.GetValue(seed), parse.GetValue(trainDocuments), parse.GetValue(testDocuments), parse.GetValue(length));
            string directory = parse.GetValue(output)!;
            var corpus = SampleCorpus.Generate(options);
            corpus.Write(directory);
            int entities = corpus.Train.Sum(d => d.Entities.Length) + corpus.Test.Sum(d => d.Entities.Length);
            int relations = corpus.Train.Sum(d => d.Relations.Length) + corpus.Test.Sum(d => d.Relations.Length);
            Console.WriteLine($"wrote {corpus.Train.Length} train and {corpus.Test.Length} test notes ({entities} entities, {relations} relations) to {directory}");
            return 0;
        }));
        return command;
    }
}
