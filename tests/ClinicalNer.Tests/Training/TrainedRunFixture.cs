using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

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

    /// <summary>The finished run folder; copy it (<see cref="CopyTo"/>) before changing anything.</summary>
    public string Run { get; }

    /// <summary>A copy of the run in <paramref name="folder"/>; <paramref name="interrupted"/> removes its completion marker, so that it can be resumed.</summary>
    public string CopyTo(string folder, bool interrupted = false)
    {
        foreach (var file in Directory.EnumerateFiles(Run, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(Run, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        if (interrupted) File.Delete(Path.Combine(folder, "COMPLETED"));
        return folder;
    }

    public void Dispose() => _temp.Dispose();
}
