using System.Diagnostics;
using ClinicalNer.Corpus;
using ClinicalNer.Sample.Notes;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Corpora;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Sample.Benchmarks;

/// <summary>Median seconds of each step of <see cref="TaggedCorpus.FromBrat"/> on a generated corpus.</summary>
/// <param name="Documents">Notes in the corpus.</param>
/// <param name="Sentences">Sentences they split into.</param>
/// <param name="Tokens">Tokens.</param>
/// <param name="Entities">Entities (T lines).</param>
/// <param name="LoadSeconds">Reading the brat folder (.txt + .ann, offsets and texts checked).</param>
/// <param name="SplitTokenizeSeconds">Tokenizing and sentence splitting with entities kept whole.</param>
/// <param name="BioSeconds">BIO encoding of the split sentences.</param>
/// <param name="TotalSeconds">The whole pipeline, folder to tagged sentences, timed end to end.</param>
public sealed record CorpusBenchmark(
    int Documents, int Sentences, long Tokens, int Entities,
    double LoadSeconds, double SplitTokenizeSeconds, double BioSeconds, double TotalSeconds)
{
    /// <summary>Notes in the n2c2-2018 Track 2 training set.</summary>
    public const int N2c2TrainingDocuments = 303;

    /// <summary>
    /// Generates <paramref name="documents"/> notes of typical discharge-summary length into <paramref name="folder"/>
    /// (which must be empty or absent), warms up once, and times each step <paramref name="repetitions"/> times.
    /// </summary>
    public static CorpusBenchmark Run(string folder, int documents = N2c2TrainingDocuments, int repetitions = 5, int seed = SampleOptions.DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(documents);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(repetitions);
        SampleCorpus.Generate(new SampleOptions(seed, documents, 0, NoteLength.Typical)).Write(folder);
        string train = Path.Combine(folder, "train");
        var options = TaggingOptions.Default;
        var corpus = TaggedCorpus.FromBrat(train, options); // warm-up: JIT and file cache

        var load = new double[repetitions];
        var split = new double[repetitions];
        var bio = new double[repetitions];
        var total = new double[repetitions];
        for (int r = 0; r < repetitions; r++)
        {
            var clock = Stopwatch.StartNew();
            var read = BratReader.ReadFolder(train);
            load[r] = clock.Elapsed.TotalSeconds;

            clock.Restart();
            var splits = read.Documents.AsParallel().AsOrdered().Select(d =>
            {
                var units = TaggingUnit.Of(d, options.Discontinuous);
                return (Document: d, Units: units, Split: SentenceSplitter.Split(d, units, options));
            }).ToArray();
            split[r] = clock.Elapsed.TotalSeconds;

            clock.Restart();
            var tagged = splits.AsParallel().AsOrdered().Select(s => BioTagging.Tag(s.Document, s.Units, s.Split, options)).ToArray();
            bio[r] = clock.Elapsed.TotalSeconds;
            GC.KeepAlive(tagged);

            clock.Restart();
            corpus = TaggedCorpus.FromBrat(train, options);
            total[r] = clock.Elapsed.TotalSeconds;
        }

        var report = corpus.Split;
        return new CorpusBenchmark(corpus.Documents.Length, report.Sentences, report.Tokens, corpus.Encoding.Entities,
            Median(load), Median(split), Median(bio), Median(total));
    }

    static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
