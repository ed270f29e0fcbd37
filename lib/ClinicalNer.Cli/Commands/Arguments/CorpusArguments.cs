using System.CommandLine;
using ClinicalNer.Corpus;
using ClinicalNer.Experiments;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Corpora;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Cli.Commands.Arguments;

/// <summary>The options the corpus verbs (<c>stats</c>, <c>convert</c>, <c>downsample</c>) share, and how they load a corpus.</summary>
static class CorpusArguments
{
    public static Option<bool> Lenient() => new("--lenient")
    {
        Description = "Skip malformed .ann lines instead of failing; each skipped line is reported on stderr.",
    };

    public static Option<bool> N2c2() => new("--n2c2")
    {
        Description = "Apply the n2c2 2018 preset: only its nine entity types are allowed.",
    };

    public static Option<string> Discontinuous() => new Option<string>("--discontinuous")
    {
        Description = "Discontinuous entities: one entity per fragment (fragments, the paper's converter) or first start to last end (merge).",
        DefaultValueFactory = _ => "fragments",
    }.AcceptOnlyFromAmong("fragments", "merge");

    public static Option<string> Scheme(string description) => new Option<string>("--scheme")
    {
        Description = description,
        DefaultValueFactory = _ => "iob2",
    }.AcceptOnlyFromAmong("iob2", "iob1", "bioes");

    public static Option<bool> GluedUnits() => new("--glued-units")
    {
        Description = "Keep a number glued to its unit as one token (25mg); by default it is split (25 mg).",
    };

    /// <summary>The tagging options from <c>--discontinuous</c> and <c>--glued-units</c>.</summary>
    public static TaggingOptions Tagging(ParseResult pr, Option<string> discontinuous, Option<bool> gluedUnits) => new()
    {
        Discontinuous = pr.GetValue(discontinuous) == "merge" ? DiscontinuousPolicy.Merge : DiscontinuousPolicy.Fragments,
        SplitNumberUnits = !pr.GetValue(gluedUnits),
    };

    /// <summary>Reads and tags a brat folder; in lenient mode each skipped line goes to the error writer.</summary>
    public static TaggedCorpus LoadBrat(ParseResult pr, string directory, TaggingOptions tagging, bool lenient, bool n2c2)
    {
        var reader = (n2c2 ? BratReaderOptions.N2c2 : BratReaderOptions.Default) with { Lenient = lenient };
        var corpus = TaggedCorpus.FromBrat(directory, tagging, reader);
        foreach (var skipped in corpus.Skipped) pr.InvocationConfiguration.Error.WriteLine($"clinical-ner: skipped {skipped}");
        if (!corpus.Skipped.IsEmpty)
            pr.InvocationConfiguration.Error.WriteLine($"clinical-ner: {corpus.Skipped.Length} malformed line(s) skipped in {directory}");
        return corpus;
    }

    /// <summary>
    /// Refuses an <c>--out</c> file that is one of the files read from <paramref name="input"/> (a brat folder's
    /// <c>.txt</c> and <c>.ann</c> files, or a CoNLL file), checked before anything is read or written.
    /// </summary>
    /// <exception cref="ArgumentException">The output would replace an input.</exception>
    public static void CheckOutput(string input, string output) =>
        OutputGuard.CheckNotInput(output, Directory.Exists(input)
            ? Directory.EnumerateFiles(input).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".ann", StringComparison.Ordinal))
            : [input]);
}
