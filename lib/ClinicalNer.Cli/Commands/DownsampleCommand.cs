using System.CommandLine;
using System.Globalization;
using System.Text;
using ClinicalNer.Cli.Commands.Arguments;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Conll;
using ClinicalNer.Text.Downsampling;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Cli.Commands;

/// <summary><c>downsample</c>: the paper's "efficient training": drop most entity-free sentences, keep all others.</summary>
static class DownsampleCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("file") { Description = "A CoNLL file (written back in its own layout), or a brat folder (tagged, written as NeuroNER CoNLL)." };
        var output = new Option<string>("--out") { Description = "The CoNLL file to write.", Required = true };
        var keep = new Option<double?>("--keep") { Description = $"Keep each entity-free sentence with this probability (the paper: {DownsampleOptions.PaperKeepProbability}; the default)." }.AtLeast(0.0).AtMost(1.0);
        var share = new Option<double?>("--target-share") { Description = "Instead of --keep, keep just enough entity-free sentences to make up this share of the result (CoNLL-2003 has 0.2072)." }.AtLeast(0.0).Below(1.0);
        var seed = new Option<long>("--seed") { Description = "Seed of the random choices.", DefaultValueFactory = _ => 1 };
        var scheme = CorpusArguments.Scheme("Tag scheme of the input and output files.");
        var discontinuous = CorpusArguments.Discontinuous();
        var gluedUnits = CorpusArguments.GluedUnits();
        var lenient = CorpusArguments.Lenient();
        var n2c2 = CorpusArguments.N2c2();
        var command = new Command("downsample", "Keep every sentence with an entity and a random part of the entity-free ones; print label distributions before and after.");
        command.Arguments.Add(input);
        foreach (var o in new Option[] { output, keep, share, seed, scheme, discontinuous, gluedUnits, lenient, n2c2 }) command.Options.Add(o);
        command.SetAction(pr => Verb.Run(pr, () =>
        {
            if (pr.GetValue(keep) is not null && pr.GetValue(share) is not null)
                throw new ArgumentException("give --keep or --target-share, not both");
            var options = pr.GetValue(share) is { } s
                ? DownsampleOptions.TargetShare(s, pr.GetValue(seed))
                : DownsampleOptions.Keep(pr.GetValue(keep) ?? DownsampleOptions.PaperKeepProbability, pr.GetValue(seed));
            var source = pr.GetValue(input)!;
            CorpusArguments.CheckOutput(source, pr.GetValue(output)!);
            var tagScheme = TagSchemes.Parse(pr.GetValue(scheme)!);

            IReadOnlyList<Sentence> sentences;
            ConllFormat format;
            if (Directory.Exists(source))
            {
                var corpus = CorpusArguments.LoadBrat(pr, source, CorpusArguments.Tagging(pr, discontinuous, gluedUnits), pr.GetValue(lenient), pr.GetValue(n2c2));
                sentences = [.. corpus.Sentences];
                format = ConllFormat.NeuroNer;
            }
            else
            {
                var file = ConllReader.Read(source, tagScheme);
                sentences = file.Sentences;
                format = file.Format;
            }
            var result = Downsampler.Downsample(sentences, options);
            ConllWriter.Write(pr.GetValue(output)!, result.Kept, format, tagScheme);
            pr.InvocationConfiguration.Output.Write(Table(result));
            return 0;
        }));
        return command;
    }

    static string Table(DownsampleResult result)
    {
        var text = new StringBuilder();
        var (before, after) = (result.Before, result.After);
        Row("", "before", "after");
        Row("sentences", N(before.Sentences), N(after.Sentences));
        Row("entity-free sentences", N(before.EntityFreeSentences), N(after.EntityFreeSentences));
        Row("entity-free share", P(before.EntityFreeShare), P(after.EntityFreeShare));
        Row("tokens", N(before.Tokens), N(after.Tokens));
        foreach (var label in before.Labels.Keys.OrderByDescending(l => before.Labels[l]).ThenBy(l => l, StringComparer.Ordinal))
            Row("  " + label, P(before.Share(label)), P(after.Share(label)));
        return text.ToString();

        void Row(string name, string a, string b) => text.Append(CultureInfo.InvariantCulture, $"{name,-24}{a,12}{b,12}\n");
        static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
        static string P(double share) => (100 * share).ToString("F1", CultureInfo.InvariantCulture) + "%";
    }
}
