using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicalNer.Corpus;
using ClinicalNer.Runtime;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Conll;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.Corpora;

/// <summary>
/// A corpus folder as train, dev and test sentences. Two layouts: n2c2's brat folders <c>train/</c>, <c>test/</c> and
/// optionally <c>dev/</c>; or NeuroNER CoNLL files <c>train.txt</c>, <c>test.txt</c> and optionally <c>valid.txt</c>
/// (the paper's converted files). Without a dev part, a seeded document split of train makes one (the paper's 273/30).
/// </summary>
/// <param name="Train">Training sentences.</param>
/// <param name="Dev">Dev sentences.</param>
/// <param name="DevSource">Where dev came from: a folder or file, or the split that made it.</param>
/// <param name="Files">The files read, for the fingerprint.</param>
public sealed record CorpusSplits(ImmutableArray<Sentence> Train, ImmutableArray<Sentence> Dev, string DevSource, ImmutableArray<string> Files)
{
    /// <summary>True when <paramref name="directory"/> holds brat split folders (else CoNLL files are expected).</summary>
    public static bool IsBrat(string directory) => Directory.Exists(TrainFolder(directory));

    /// <summary>The brat folder of the training notes of corpus <paramref name="directory"/>.</summary>
    public static string TrainFolder(string directory) => Path.Combine(directory, "train");

    /// <summary>The brat folder of the dev notes of corpus <paramref name="directory"/> (optional).</summary>
    public static string DevFolder(string directory) => Path.Combine(directory, "dev");

    /// <summary>The brat folder of the test notes of corpus <paramref name="directory"/>.</summary>
    public static string TestFolder(string directory) => Path.Combine(directory, "test");

    /// <summary>True when <paramref name="folder"/> is a folder holding brat notes (<c>.txt</c> files).</summary>
    public static bool HoldsNotes(string folder) => Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.txt").Any();

    /// <summary>
    /// The train and test folders of corpus <paramref name="directory"/> that hold notes, by part name, train first: the
    /// parts of a corpus as n2c2 ships it, which <c>stats</c> reports one by one.
    /// </summary>
    public static ImmutableArray<(string Part, string Folder)> ShippedParts(string directory) =>
        [.. new[] { ("train", TrainFolder(directory)), ("test", TestFolder(directory)) }.Where(p => HoldsNotes(p.Item2))];

    /// <summary>Reads the train and dev parts of <paramref name="directory"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">Neither layout is there.</exception>
    public static CorpusSplits Load(string directory, TaggingOptions tagging, long devSplitSeed)
    {
        if (IsBrat(directory))
        {
            var train = TaggedCorpus.FromBrat(TrainFolder(directory), tagging);
            var devFolder = DevFolder(directory);
            var files = BratFiles(TrainFolder(directory));
            if (Directory.Exists(devFolder))
            {
                var dev = TaggedCorpus.FromBrat(devFolder, tagging);
                return new CorpusSplits([.. train.Sentences], [.. dev.Sentences], devFolder, [.. files, .. BratFiles(devFolder)]);
            }
            return SplitByDocument([.. train.Sentences], devSplitSeed, files);
        }
        var trainFile = Path.Combine(directory, "train.txt");
        if (!File.Exists(trainFile))
            throw new DirectoryNotFoundException($"{directory}: no corpus (expected brat folders train/ and test/, or CoNLL files train.txt and test.txt)");
        var sentences = ConllReader.Read(trainFile, TagScheme.Iob2).Sentences;
        var validFile = Path.Combine(directory, "valid.txt");
        return File.Exists(validFile)
            ? new CorpusSplits(sentences, ConllReader.Read(validFile, TagScheme.Iob2).Sentences, validFile, [trainFile, validFile])
            : SplitByDocument(sentences, devSplitSeed, [trainFile]);
    }

    /// <summary>The test part: tagged sentences and, for a brat corpus, its documents (for n2c2 scoring and brat output).</summary>
    public static TestSplit LoadTest(string directory, TaggingOptions tagging)
    {
        var folder = TestFolder(directory);
        if (IsBrat(directory) || Directory.Exists(folder))
        {
            var corpus = TaggedCorpus.FromBrat(folder, tagging);
            return new TestSplit(directory, [.. corpus.Sentences], corpus, folder);
        }
        var file = Path.Combine(directory, "test.txt");
        if (!File.Exists(file)) throw new FileNotFoundException($"{directory}: no test split (test/ or test.txt)", file);
        return new TestSplit(directory, ConllReader.Read(file, TagScheme.Iob2).Sentences, null, file);
    }

    /// <summary>The data fingerprint: each file's SHA-256 and the document and sentence counts.</summary>
    public JsonObject Fingerprint(string directory)
    {
        var files = Hashes(directory, Files);
        return new JsonObject
        {
            ["directory"] = Path.GetFullPath(directory),
            ["dev_source"] = DevSource,
            ["train_documents"] = Train.Select(s => s.DocumentId).Distinct().Count(),
            ["dev_documents"] = Dev.Select(s => s.DocumentId).Distinct().Count(),
            ["train_sentences"] = Train.Length,
            ["dev_sentences"] = Dev.Length,
            ["files"] = JsonSerializer.SerializeToNode(files),
        };
    }

    /// <summary>Each file's SHA-256 (hex), keyed by its path relative to <paramref name="directory"/>, in ordinal order.</summary>
    public static Dictionary<string, string> Hashes(string directory, IEnumerable<string> files)
    {
        var hashes = new Dictionary<string, string>();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            using var stream = InputFile.OpenRead(file, long.MaxValue);
            hashes[Path.GetRelativePath(directory, file)] = Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        return hashes;
    }

    /// <summary>The files of the test split <paramref name="source"/> (as <see cref="LoadTest"/> names it): a brat folder's notes and annotations, or a CoNLL file.</summary>
    public static IEnumerable<string> TestFiles(string source) => Directory.Exists(source) ? BratFiles(source) : [source];

    static CorpusSplits SplitByDocument(ImmutableArray<Sentence> sentences, long seed, IEnumerable<string> files)
    {
        var split = DocumentSplit.Create(sentences.Select(s => s.DocumentId).Distinct(), DocumentSplit.PaperDevFraction, seed);
        var dev = split.Dev.ToHashSet(StringComparer.Ordinal);
        return new CorpusSplits([.. sentences.Where(s => !dev.Contains(s.DocumentId))], [.. sentences.Where(s => dev.Contains(s.DocumentId))],
                                $"seeded document split of train ({split.Dev.Length} documents, seed {seed})", [.. files]);
    }

    static IEnumerable<string> BratFiles(string folder) =>
        InputFile.List(folder, "*").Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".ann", StringComparison.Ordinal));
}
