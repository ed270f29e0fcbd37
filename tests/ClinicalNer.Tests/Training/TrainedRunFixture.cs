using ClinicalNer.Training;

namespace ClinicalNer.Tests.Training;

/// <summary>One finished tiny run on a few sample notes, trained once for a whole test class (a few seconds).</summary>
public sealed class TrainedRunFixture : IDisposable
{
    readonly TempDir _temp = new();

    public TrainedRunFixture()
    {
        Data = TinyRun.Corpus(_temp.Path, train: 2, test: 1);
        Run = TrainingRun.Train(TinyRun.Config(Data, epochs: 1), Path.Combine(_temp.Path, "run"), resume: false, vocabFile: null, TextWriter.Null).Path;
    }

    /// <summary>The corpus (train/ and test/).</summary>
    public string Data { get; }

    /// <summary>The finished run folder.</summary>
    public string Run { get; }

    public void Dispose() => _temp.Dispose();
}
