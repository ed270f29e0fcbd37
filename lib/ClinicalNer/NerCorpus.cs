using System.Collections.Immutable;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Corpora;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer;

/// <summary>
/// A corpus for named-entity recognition: its train, dev and test sentences, read from one folder in either layout
/// that <c>train</c> takes (brat folders <c>train/</c>, <c>test/</c> and optionally <c>dev/</c>, or CoNLL files
/// <c>train.txt</c>, <c>test.txt</c> and optionally <c>valid.txt</c>). Without a dev part, a seeded split of the
/// training documents makes one, as training does.
/// </summary>
public sealed class NerCorpus
{
    NerCorpus(string directory, CorpusSplits splits, TestSplit test) => (Directory, Train, Dev, Test) = (directory, splits.Train, splits.Dev, test);

    /// <summary>The corpus folder (a full path).</summary>
    public string Directory { get; }

    /// <summary>The training sentences.</summary>
    public ImmutableArray<Sentence> Train { get; }

    /// <summary>The dev sentences (held out to choose the best epoch).</summary>
    public ImmutableArray<Sentence> Dev { get; }

    /// <summary>The test part, which <see cref="Tagger.Evaluate"/> scores.</summary>
    public TestSplit Test { get; }

    /// <summary>Reads the corpus in <paramref name="directory"/>.</summary>
    /// <param name="directory">A brat or CoNLL corpus folder.</param>
    /// <param name="devSplitSeed">Seed of the dev split when the corpus has no dev part (a run's seed, 1 by default).</param>
    /// <exception cref="DirectoryNotFoundException">Neither layout is there.</exception>
    /// <exception cref="FileNotFoundException">The corpus has no test part.</exception>
    public static NerCorpus Open(string directory, long devSplitSeed = 1)
    {
        var full = Path.GetFullPath(directory);
        return new NerCorpus(full, CorpusSplits.Load(full, TaggingOptions.Default, devSplitSeed), CorpusSplits.LoadTest(full, TaggingOptions.Default));
    }
}
