using System.CommandLine;
using System.Globalization;
using ClinicalNer.Cli.Commands.Arguments;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Conll;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Text.Statistics;

namespace ClinicalNer.Cli.Commands;

/// <summary><c>convert</c>: a brat folder to a CoNLL file of tagged sentences (the paper's <c>*_spacy.txt</c> format by default).</summary>
static class ConvertCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "The brat folder (.txt + .ann) to convert." };
        var output = new Option<string>("--out") { Description = "The CoNLL file to write.", Required = true };
        var format = new Option<string>("--format")
        {
            Description = "neuroner: 'token doc start end label' (offsets in code points of the note, doc = file stem); conll2: 'token label'.",
            DefaultValueFactory = _ => "neuroner",
        }.AcceptOnlyFromAmong("neuroner", "conll2");
        var scheme = CorpusArguments.Scheme("Tag scheme to write.");
        var discontinuous = CorpusArguments.Discontinuous();
        var gluedUnits = CorpusArguments.GluedUnits();
        var lenient = CorpusArguments.Lenient();
        var n2c2 = CorpusArguments.N2c2();
        var command = new Command("convert", "Split, tokenize and BIO-tag a brat folder, and write it as CoNLL.");
        command.Arguments.Add(directory);
        foreach (var o in new Option[] { output, format, scheme, discontinuous, gluedUnits, lenient, n2c2 }) command.Options.Add(o);
        command.SetAction(pr => Verb.Run(pr, () =>
        {
            var target = pr.GetValue(output)!;
            CorpusArguments.CheckOutput(pr.GetValue(directory)!, target);
            var corpus = CorpusArguments.LoadBrat(pr, pr.GetValue(directory)!, CorpusArguments.Tagging(pr, discontinuous, gluedUnits),
                pr.GetValue(lenient), pr.GetValue(n2c2));
            var conll = pr.GetValue(format) == "conll2" ? ConllFormat.TwoColumn : ConllFormat.NeuroNer;
            var tagScheme = TagSchemes.Parse(pr.GetValue(scheme)!);
            ConllWriter.Write(target, corpus.Sentences, conll, tagScheme);

            var split = corpus.Split;
            var encoding = corpus.Encoding;
            pr.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{target}: {corpus.Documents.Length:N0} documents, {split.Sentences:N0} sentences, {split.Tokens:N0} tokens, {encoding.Entities:N0} entities encoded as {encoding.Units:N0} spans (discontinuous: {CorpusStatisticsJson.PolicyName(encoding.Policy)}; scheme {tagScheme.Name()})"));
            pr.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"dropped by overlap {encoding.DroppedByOverlap:N0}, truncated by overlap {encoding.TruncatedByOverlap:N0}, without tokens {encoding.WithoutTokens:N0}, cut by sentence {encoding.CutBySentence:N0}, sentence boundaries suppressed inside entities {split.SuppressedBoundaries:N0}"));
            return 0;
        }));
        return command;
    }
}
