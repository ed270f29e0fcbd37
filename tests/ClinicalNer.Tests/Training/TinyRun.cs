using ClinicalNer.Training;

namespace ClinicalNer.Tests.Training;

/// <summary>A few notes of the bundled sample in the n2c2 layout, and a tiny-model configuration that trains on them in seconds.</summary>
static class TinyRun
{
    /// <summary>Copies the first <paramref name="train"/> training and <paramref name="test"/> test notes of data/sample into <paramref name="root"/>.</summary>
    public static string Corpus(string root, int train = 6, int test = 2)
    {
        foreach (var (part, count) in new[] { ("train", train), ("test", test) })
        {
            var target = Path.Combine(root, "corpus", part);
            Directory.CreateDirectory(target);
            var source = Path.Combine(RepositoryRoot.Path, "data", "sample", part);
            foreach (var txt in Directory.EnumerateFiles(source, "*.txt").Order(StringComparer.Ordinal).Take(count))
                foreach (var file in new[] { txt, Path.ChangeExtension(txt, ".ann") })
                    File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
        return Path.Combine(root, "corpus");
    }

    public static RunConfig Config(string data, string model = "transformer-crf", int epochs = 2, double lr = 1e-3) => new()
    {
        Model = model,
        Size = "tiny",
        Data = data,
        Trainer = new TrainerOptions { Epochs = epochs, BatchSize = 8, LearningRate = lr, WarmupFraction = 0.1, GradientClip = 1.0, Seed = 7 },
        MaxLength = 24, // short windows, so that long sentences are windowed
        VocabSource = "learned",
        VocabSize = 300,
        Threads = 1,
    };
}
