using ClinicalNer.Corpus;
using ClinicalNer.Models;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Tests.Training;

/// <summary>A few notes of the bundled sample in the n2c2 layout, and a tiny-model configuration that trains on them in seconds.</summary>
static class TinyRun
{
    /// <summary>Copies the first <paramref name="train"/> training and <paramref name="test"/> test notes of data/sample into <paramref name="root"/>.</summary>
    public static string Corpus(string root, int train = 6, int test = 2) =>
        CorpusSubset.Copy(Path.Combine(RepositoryRoot.Path, "data", "sample"), Path.Combine(root, "corpus"), train, test);

    public static RunConfig Config(string data, string model = "transformer-crf", int epochs = 2, double lr = 1e-3) => new()
    {
        Model = SettingNames.Models.Parse(model),
        Size = ModelSize.Tiny,
        Data = data,
        Trainer = new TrainerOptions { Epochs = epochs, BatchSize = 8, LearningRate = lr, WarmupFraction = 0.1, GradientClip = 1.0, Seed = 7 },
        MaxLength = 24, // short windows, so that long sentences are windowed
        VocabSource = "learned",
        VocabSize = 300,
        Threads = 1,
    };
}
