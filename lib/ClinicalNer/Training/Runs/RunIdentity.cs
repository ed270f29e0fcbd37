using System.Globalization;
using System.Text.Json.Nodes;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Runtime;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Training.Runs;

/// <summary>
/// What a run is: its settings (<c>config.json</c>) and its training data (the file hashes of <c>data.json</c>). A
/// resumed run must be the run that was started: a resume that silently took other data, or a setting the user asked
/// for that the run does not have, would end with weights that belong to neither. So a resume is checked against both,
/// and refused with the list of differences.
/// </summary>
public static class RunIdentity
{
    /// <summary>
    /// Each <c>train</c> option that changes a run's result, with the value it sets in a run's configuration (paths as
    /// real paths, so that <c>./d</c> and <c>d</c> agree). Options outside this table (<c>--out</c>, <c>--resume</c>)
    /// say where and how to run, not what.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Func<RunConfig, object?>> Settings = new Dictionary<string, Func<RunConfig, object?>>
    {
        ["--data"] = c => RealPath.Of(c.Data),
        ["--model"] = c => c.Model.Name(),
        ["--size"] = c => c.Size?.Name(),
        ["--encoder"] = c => c.Encoder,
        ["--epochs"] = c => c.Trainer.Epochs,
        ["--batch"] = c => c.Trainer.BatchSize,
        ["--lr"] = c => c.Trainer.LearningRate,
        ["--head-lr"] = c => c.Trainer.HeadLearningRate,
        ["--warmup"] = c => c.Trainer.WarmupFraction,
        ["--clip"] = c => c.Trainer.GradientClip,
        ["--seed"] = c => c.Trainer.Seed,
        ["--best-by"] = c => c.Trainer.BestEpochBy,
        ["--downsample"] = c => c.Downsample,
        ["--max-len"] = c => c.MaxLength,
        ["--long-sentences"] = c => c.LongSentences.Name(),
        ["--labelling"] = c => c.Labelling.Name(),
        ["--special-tokens"] = c => c.SpecialTokens,
        ["--bio-constraints"] = c => c.BioConstraints,
        ["--patience"] = c => c.Trainer.Patience ?? 0,
        ["--char-cnn"] = c => c.CharCnn,
        ["--word-dropout"] = c => c.WordDropout,
        ["--positions"] = c => c.Positions.Name(),
        ["--dropout"] = c => c.Dropout,
        ["--vocab"] = c => c.VocabSource == "learned" ? c.VocabSource : RealPath.Of(c.VocabSource),
        ["--vocab-size"] = c => c.VocabSize,
        ["--device"] = c => c.Device.Name(),
        ["--threads"] = c => c.Threads,
    };

    /// <summary>
    /// Refuses to resume the run at <paramref name="runPath"/> with <paramref name="given"/> when one of the settings
    /// named in <paramref name="explicitOptions"/> (the options the user gave) differs from the run's own. Does nothing
    /// when the folder holds no configuration (resuming then fails on its own).
    /// </summary>
    /// <exception cref="InvalidOperationException">The settings differ; the message lists each difference.</exception>
    public static void CheckSettings(string runPath, RunConfig given, IEnumerable<string> explicitOptions)
    {
        var configPath = Path.Combine(runPath, "config.json");
        if (!File.Exists(configPath)) return;
        var recorded = RunConfig.Load(configPath);
        var differences = explicitOptions.Where(Settings.ContainsKey)
            .Select(name => (Name: name, Run: Settings[name](recorded), Given: Settings[name](given)))
            .Where(d => !Equals(d.Run, d.Given))
            .Select(d => $"{d.Name} {Show(d.Given)} (the run: {Show(d.Run)})")
            .ToArray();
        if (differences.Length > 0)
            throw new InvalidOperationException(
                $"{Path.GetFullPath(runPath)}: --resume with other settings than the run's config.json: {string.Join(", ", differences)}; " +
                "resume with the run's own settings" + (differences.Any(d => d.StartsWith("--threads ", StringComparison.Ordinal)) ? " (--allow-threads-change accepts another --threads)" : "") +
                ", or train a new run into another --out");
    }

    /// <summary>
    /// Refuses to resume the run whose <c>data.json</c> is <paramref name="dataJson"/> on data whose fingerprint is
    /// <paramref name="current"/> when a file was changed, added or removed. A run killed before it wrote
    /// <c>data.json</c> has nothing to compare, and trained on nothing yet.
    /// </summary>
    /// <exception cref="InvalidOperationException">The data changed; the message lists the files.</exception>
    public static void CheckData(string dataJson, JsonObject current)
    {
        if (!File.Exists(dataJson)) return;
        JsonObject? recorded;
        try
        {
            recorded = JsonNode.Parse(File.ReadAllText(dataJson))?["files"] as JsonObject;
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InvalidDataException($"{dataJson}: not a data fingerprint ({e.Message})", e);
        }
        if (recorded is null) throw new InvalidDataException($"{dataJson}: not a data fingerprint (no \"files\")");
        var now = (JsonObject)current["files"]!;
        string? Hash(JsonObject files, string name) => files.TryGetPropertyValue(name, out var hash) ? hash?.GetValue<string>() : null;
        var changes = recorded.Select(p => p.Key).Union(now.Select(p => p.Key)).Order(StringComparer.Ordinal)
            .Select(name => (Name: name, Was: Hash(recorded, name), Is: Hash(now, name)))
            .Where(f => f.Was != f.Is)
            .Select(f => f.Was is null ? $"{f.Name} added" : f.Is is null ? $"{f.Name} removed" : $"{f.Name} changed")
            .ToArray();
        if (changes.Length == 0) return;
        const int Shown = 10;
        throw new InvalidOperationException(
            $"{dataJson}: the training data changed since the run began: {string.Join(", ", changes.Take(Shown))}" +
            (changes.Length > Shown ? $" and {changes.Length - Shown} more" : "") +
            "; restore the data the run began with, or train a new run into another --out");
    }

    static string Show(object? value) => value switch
    {
        null => "none",
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}
