using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using ClinicalNer.Models;
using ClinicalNer.Models.Checkpoints;
using ClinicalNer.Runtime;
using ClinicalNer.Training.Settings;
using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Training.Runs;

/// <summary>
/// A training run's folder: <c>config.json</c>, <c>labels.txt</c>, <c>vocab.txt</c>, <c>encoder.json</c> (the
/// architecture), <c>model.safetensors</c> (best epoch), <c>epochs.jsonl</c>, <c>data.json</c> (fingerprint),
/// <c>train.log</c>, <c>checkpoint/</c> (last epoch: weights, optimizer, generator, state) and the completion marker
/// <c>COMPLETED</c>, written last. Files are replaced atomically; a finished run is never written over.
/// </summary>
public sealed class RunFolder
{
    const string StateFile = "state.json";
    const string WeightsFile = "weights.safetensors";
    const string OptimizerFile = "optimizer.bin";
    const string GeneratorFile = "generator.bin";

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
    /// <exception cref="InvalidDataException">None, or one twice: the file is truncated or was edited.</exception>
    public ImmutableArray<string> ReadLabels()
    {
        ImmutableArray<string> labels = [.. InputFile.ReadAllLines(LabelsPath).Where(l => l.Length > 0)];
        if (labels.IsEmpty) throw new InvalidDataException($"{LabelsPath}: no labels (an empty or truncated file)");
        if (labels.GroupBy(l => l, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InvalidDataException($"{LabelsPath}: label '{twice.Key}' appears twice");
        return labels;
    }

    /// <summary>Writes a text file of the run atomically.</summary>
    public void Write(string path, string content) => AtomicFile.WriteAllText(path, content);

    /// <summary>Copies <paramref name="source"/> to <paramref name="path"/> of the run atomically: a copy cut short (a full disk) leaves nothing behind.</summary>
    public void Copy(string source, string path) => AtomicFile.Write(path, temporary => System.IO.File.Copy(source, temporary, overwrite: true));

    /// <summary>Appends a time-stamped line to <c>train.log</c>.</summary>
    public void Log(string line) => System.IO.File.AppendAllText(LogPath, $"{DateTime.UtcNow:O} {line}\n");

    /// <summary>Marks the run finished (last write of a run).</summary>
    public void MarkComplete() => AtomicFile.WriteAllText(CompletedPath, DateTime.UtcNow.ToString("O") + "\n");

    /// <summary>
    /// Saves the state after an epoch: weights, optimizer and torch generator in a new checkpoint folder that appears
    /// whole or not at all, then <paramref name="state"/> with the files' hashes (the state file names only complete
    /// checkpoints); then <c>epochs.jsonl</c>, and the weights as the model when best.
    /// </summary>
    /// <exception cref="TrainingDivergedException">A weight became NaN or infinite; nothing is saved, so the run can resume from the epoch before.</exception>
    public void SaveCheckpoint(TokenTagger tagger, TorchSharp.Modules.OptimizerHelper optimizer, TrainingState state, bool best)
    {
        if (FiniteWeights.FirstNonFinite(tagger) is { } diverged)
            throw new TrainingDivergedException($"{Path}: weights of {diverged} became NaN or infinite in epoch {state.EpochsDone}; lower --lr or check the data");
        var directory = System.IO.Path.Combine(CheckpointDirectory, $"epoch-{state.EpochsDone}");
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        AtomicFile.WriteFolder(directory, temporary =>
        {
            SafetensorsFile.Save(tagger, System.IO.Path.Combine(temporary, WeightsFile));
            optimizer.save_state_dict(System.IO.Path.Combine(temporary, OptimizerFile));
            using var generator = torch.Generator.Default.get_state();
            System.IO.File.WriteAllBytes(System.IO.Path.Combine(temporary, GeneratorFile), generator.bytes.ToArray());
        });
        var weights = System.IO.Path.Combine(directory, WeightsFile);
        var hashes = new[] { WeightsFile, OptimizerFile, GeneratorFile }.ToDictionary(name => name, name => Sha256(System.IO.Path.Combine(directory, name)));
        AtomicFile.WriteAllText(System.IO.Path.Combine(CheckpointDirectory, StateFile), JsonSerializer.Serialize(state with { Files = hashes }));
        foreach (var old in Directory.EnumerateDirectories(CheckpointDirectory))
            if (System.IO.Path.GetFullPath(old) != System.IO.Path.GetFullPath(directory)) Directory.Delete(old, recursive: true);
        AtomicFile.WriteAllText(EpochsPath, JsonLines.Format(state.Epochs));
        if (best) Copy(weights, ModelPath);
    }

    /// <summary>The epochs trained so far, from <c>epochs.jsonl</c> (none before the first epoch ends).</summary>
    /// <exception cref="InvalidDataException">A line is not an epoch record (names file and line).</exception>
    public ImmutableArray<EpochRecord> ReadEpochs() => JsonLines.Read<EpochRecord>(EpochsPath, "an epoch record");

    /// <summary>
    /// The state of the last checkpoint, its weights, optimizer state and generator restored; the start when none.
    /// Every file is checked (kind, size, the hash the state recorded) before TorchSharp reads it, because TorchSharp
    /// aborts the process on a generator state of the wrong size.
    /// </summary>
    /// <exception cref="InvalidDataException">A checkpoint file is missing, truncated or corrupt; the message names it.</exception>
    public TrainingState LoadCheckpoint(TokenTagger tagger, TorchSharp.Modules.OptimizerHelper optimizer)
    {
        var statePath = System.IO.Path.Combine(CheckpointDirectory, StateFile);
        if (!System.IO.File.Exists(statePath)) return TrainingState.Start;
        var state = ReadState(statePath);
        var directory = System.IO.Path.Combine(CheckpointDirectory, $"epoch-{state.EpochsDone}");
        foreach (var (name, hash) in state.Files ?? new Dictionary<string, string>())
        {
            var file = System.IO.Path.Combine(directory, name);
            InputFile.Check(file, long.MaxValue);
            if (!string.Equals(Sha256(file), hash, StringComparison.OrdinalIgnoreCase))
                throw new InvalidDataException($"{file}: not the file {StateFile} recorded (truncated or changed since epoch {state.EpochsDone} was saved)");
        }
        SafetensorsFile.Load(tagger, System.IO.Path.Combine(directory, WeightsFile));
        var optimizerPath = System.IO.Path.Combine(directory, OptimizerFile);
        InputFile.Check(optimizerPath, long.MaxValue);
        try
        {
            optimizer.load_state_dict(optimizerPath);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            throw new InvalidDataException($"{optimizerPath}: not an optimizer state of this model ({e.Message})", e);
        }
        var generatorPath = System.IO.Path.Combine(directory, GeneratorFile);
        using var current = torch.Generator.Default.get_state();
        var bytes = InputFile.ReadAllBytes(generatorPath, long.MaxValue);
        if (bytes.Length != current.bytes.Length)
            throw new InvalidDataException($"{generatorPath}: {bytes.Length} bytes, but a generator state has {current.bytes.Length}");
        using var generator = torch.tensor(bytes);
        torch.Generator.Default.set_state(generator);
        return state;
    }

    /// <summary>The checkpoint state in <paramref name="path"/>, checked for the values a state can have.</summary>
    static TrainingState ReadState(string path)
    {
        TrainingState? state;
        try
        {
            state = JsonSerializer.Deserialize<TrainingState>(InputFile.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a checkpoint state ({e.Message})", e);
        }
        if (state is null || state.Epochs is null || state.EpochsDone < 1 || state.Step < 0 || state.Epochs.Count != state.EpochsDone
            || state.BestEpoch < 1 || state.BestEpoch > state.EpochsDone)
            throw new InvalidDataException($"{path}: not a checkpoint state (needs epochs_done >= 1, step >= 0, one record per epoch done and a best_epoch among them)");
        return state;
    }

    static string Sha256(string path)
    {
        using var stream = InputFile.OpenRead(path, long.MaxValue);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
