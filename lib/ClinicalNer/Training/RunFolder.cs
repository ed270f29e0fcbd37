using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using ClinicalNer.Models;
using ClinicalNer.Runtime;
using TorchSharp;
using ClinicalNer.Models.Checkpoints;
using static TorchSharp.torch;

namespace ClinicalNer.Training;

/// <summary>
/// A training run's folder: <c>config.json</c>, <c>labels.txt</c>, <c>vocab.txt</c>, <c>encoder.json</c> (the
/// architecture), <c>model.safetensors</c> (best epoch), <c>epochs.jsonl</c>, <c>data.json</c> (fingerprint),
/// <c>train.log</c>, <c>checkpoint/</c> (last epoch: weights, optimizer, generator, state) and the completion marker
/// <c>COMPLETED</c>, written last. Files are replaced atomically; a finished run is never written over.
/// </summary>
public sealed class RunFolder
{
    const string StateFile = "state.json";

    RunFolder(string path) => Path = System.IO.Path.GetFullPath(path);

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary><c>config.json</c>.</summary>
    public string ConfigPath => File("config.json");

    /// <summary><c>labels.txt</c>: one label a line, in model output order.</summary>
    public string LabelsPath => File("labels.txt");

    /// <summary><c>vocab.txt</c>: the WordPiece vocabulary.</summary>
    public string VocabPath => File("vocab.txt");

    /// <summary><c>encoder.json</c>: the encoder's Hugging Face <c>config.json</c>.</summary>
    public string EncoderConfigPath => File("encoder.json");

    /// <summary><c>model.safetensors</c>: the best epoch's weights.</summary>
    public string ModelPath => File("model.safetensors");

    /// <summary><c>epochs.jsonl</c>.</summary>
    public string EpochsPath => File("epochs.jsonl");

    /// <summary><c>data.json</c>: the data fingerprint.</summary>
    public string DataPath => File("data.json");

    /// <summary><c>train.log</c>.</summary>
    public string LogPath => File("train.log");

    /// <summary><c>metrics.json</c> (written by evaluation only).</summary>
    public string MetricsPath => File("metrics.json");

    /// <summary>The completion marker.</summary>
    public string CompletedPath => File("COMPLETED");

    /// <summary>True when the run finished.</summary>
    public bool IsComplete => System.IO.File.Exists(CompletedPath);

    string CheckpointDirectory => File("checkpoint");

    /// <summary>A path inside the run folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>
    /// Starts a new run in <paramref name="path"/>, which must not exist or hold nothing but the bookkeeping of whoever
    /// starts it (<see cref="RunLock.FileName"/>, <see cref="RunAttempt.FileName"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The folder holds a finished or an interrupted run.</exception>
    public static RunFolder Create(string path)
    {
        var run = new RunFolder(path);
        if (run.IsComplete) throw new InvalidOperationException($"{run.Path} holds a finished run; choose another --out");
        if (Directory.Exists(run.Path) && Directory.EnumerateFileSystemEntries(run.Path).Any(entry => !IsBookkeeping(entry)))
            throw new InvalidOperationException($"{run.Path} is not empty (an interrupted run?); pass --resume to continue it or choose another --out");
        Directory.CreateDirectory(run.Path);
        return run;
    }

    /// <summary>True for the lock and attempt files, which say who works on a run rather than what the run is.</summary>
    public static bool IsBookkeeping(string entry) => System.IO.Path.GetFileName(entry) is RunLock.FileName or RunAttempt.FileName;

    /// <summary>Opens an interrupted run to continue it.</summary>
    /// <exception cref="InvalidOperationException">The run finished, or has no checkpoint.</exception>
    public static RunFolder Resume(string path)
    {
        var run = new RunFolder(path);
        if (run.IsComplete) throw new InvalidOperationException($"{run.Path} holds a finished run; nothing to resume");
        if (!System.IO.File.Exists(run.ConfigPath)) throw new InvalidOperationException($"{run.Path} holds no run to resume (no config.json)");
        return run;
    }

    /// <summary>Opens a run with a model (for evaluation and prediction).</summary>
    /// <exception cref="FileNotFoundException">No trained model in the folder.</exception>
    public static RunFolder Open(string path)
    {
        var run = new RunFolder(path);
        foreach (var required in new[] { run.ConfigPath, run.LabelsPath, run.VocabPath, run.EncoderConfigPath, run.ModelPath })
            if (!System.IO.File.Exists(required)) throw new FileNotFoundException($"{run.Path} is not a trained run: {System.IO.Path.GetFileName(required)} is missing", required);
        return run;
    }

    /// <summary>The labels in model output order.</summary>
    public ImmutableArray<string> ReadLabels() => [.. System.IO.File.ReadAllLines(LabelsPath).Where(l => l.Length > 0)];

    /// <summary>Writes a text file of the run atomically.</summary>
    public void Write(string path, string content) => AtomicFile.WriteAllText(path, content);

    /// <summary>Appends a time-stamped line to <c>train.log</c>.</summary>
    public void Log(string line) => System.IO.File.AppendAllText(LogPath, $"{DateTime.UtcNow:O} {line}\n");

    /// <summary>Marks the run finished (last write of a run).</summary>
    public void MarkComplete() => AtomicFile.WriteAllText(CompletedPath, DateTime.UtcNow.ToString("O") + "\n");

    /// <summary>
    /// Saves the state after an epoch: weights, optimizer, torch generator and <paramref name="state"/> in a new
    /// checkpoint folder, the state file last; then <c>epochs.jsonl</c>, and the weights as the model when best.
    /// </summary>
    public void SaveCheckpoint(TokenTagger tagger, TorchSharp.Modules.OptimizerHelper optimizer, TrainingState state, bool best)
    {
        var directory = System.IO.Path.Combine(CheckpointDirectory, $"epoch-{state.EpochsDone}");
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        Directory.CreateDirectory(directory);
        var weights = System.IO.Path.Combine(directory, "weights.safetensors");
        SafetensorsFile.Save(tagger, weights);
        optimizer.save_state_dict(System.IO.Path.Combine(directory, "optimizer.bin"));
        using (var generator = torch.Generator.Default.get_state())
            System.IO.File.WriteAllBytes(System.IO.Path.Combine(directory, "generator.bin"), generator.bytes.ToArray());
        AtomicFile.WriteAllText(System.IO.Path.Combine(CheckpointDirectory, StateFile), JsonSerializer.Serialize(state));
        foreach (var old in Directory.EnumerateDirectories(CheckpointDirectory))
            if (System.IO.Path.GetFullPath(old) != System.IO.Path.GetFullPath(directory)) Directory.Delete(old, recursive: true);
        var lines = new StringBuilder();
        foreach (var record in state.Epochs) lines.Append(JsonSerializer.Serialize(record)).Append('\n');
        AtomicFile.WriteAllText(EpochsPath, lines.ToString());
        if (best) AtomicFile.Write(ModelPath, temporary => System.IO.File.Copy(weights, temporary, overwrite: true));
    }

    /// <summary>The epochs trained so far, from <c>epochs.jsonl</c> (none before the first epoch ends).</summary>
    /// <exception cref="InvalidDataException">A line is not an epoch record (names file and line).</exception>
    public ImmutableArray<EpochRecord> ReadEpochs() => JsonLines.Read<EpochRecord>(EpochsPath, "an epoch record");

    /// <summary>The state of the last checkpoint, its weights, optimizer state and generator restored; the start when none.</summary>
    public TrainingState LoadCheckpoint(TokenTagger tagger, TorchSharp.Modules.OptimizerHelper optimizer)
    {
        var statePath = System.IO.Path.Combine(CheckpointDirectory, StateFile);
        if (!System.IO.File.Exists(statePath)) return TrainingState.Start;
        var state = JsonSerializer.Deserialize<TrainingState>(System.IO.File.ReadAllText(statePath))
                    ?? throw new InvalidDataException($"{statePath}: empty checkpoint state");
        var directory = System.IO.Path.Combine(CheckpointDirectory, $"epoch-{state.EpochsDone}");
        SafetensorsFile.Load(tagger, System.IO.Path.Combine(directory, "weights.safetensors"));
        optimizer.load_state_dict(System.IO.Path.Combine(directory, "optimizer.bin"));
        var bytes = System.IO.File.ReadAllBytes(System.IO.Path.Combine(directory, "generator.bin"));
        using var generator = torch.tensor(bytes);
        torch.Generator.Default.set_state(generator);
        return state;
    }
}
