using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicalNer.Runtime;
using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Experiments.Grid;

/// <summary>
/// A grid run as a file, <c>OUT/grid/NAME.json</c>: <c>{"name", "model", "variant", "seed", "scored_on_test",
/// "config"}</c>, with the run's whole <c>config.json</c> under <c>config</c>. <c>grid-run</c> completes a run from its
/// file alone, so a Slurm array task (or any machine that sees the output folder) runs exactly the planned run.
/// </summary>
public static class GridRunFile
{
    /// <summary>The folder of run files in an output folder.</summary>
    public static string Folder(string output) => Path.Combine(output, "grid");

    /// <summary>The file of <paramref name="run"/>.</summary>
    public static string PathOf(string output, GridRun run) => Path.Combine(Folder(output), run.Name + ".json");

    /// <summary>Writes each run's file (atomically), leaving the files of other runs in place.</summary>
    public static void WriteAll(string output, IEnumerable<GridRun> runs)
    {
        foreach (var run in runs)
        {
            var node = new JsonObject
            {
                ["name"] = run.Name,
                ["model"] = run.Model.Name,
                ["variant"] = run.Variant.Name,
                ["seed"] = run.Seed,
                ["scored_on_test"] = run.ScoredOnTest,
                ["config"] = JsonNode.Parse(run.Config.ToJson()),
            };
            AtomicFile.WriteAllText(PathOf(output, run), node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        }
    }

    /// <summary>Reads a run file.</summary>
    /// <exception cref="InvalidDataException">Not a grid run file (names the file and what is wrong).</exception>
    public static GridRun Read(string path)
    {
        try
        {
            var root = JsonNode.Parse(File.ReadAllText(path)) ?? throw new InvalidDataException("empty");
            string Text(string key) => root[key]?.GetValue<string>() ?? throw new InvalidDataException($"no \"{key}\"");
            var variant = GridVariant.Both.FirstOrDefault(v => v.Name == Text("variant"))
                          ?? throw new InvalidDataException($"unknown variant '{Text("variant")}'");
            var config = RunConfig.Parse(root["config"]?.ToJsonString() ?? throw new InvalidDataException("no \"config\""), path);
            return new GridRun(Text("name"), GridModel.Named(Text("model")), variant,
                               root["seed"]?.GetValue<long>() ?? throw new InvalidDataException("no \"seed\""), config,
                               root["scored_on_test"]?.GetValue<bool>() ?? true);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or InvalidDataException)
        {
            throw new InvalidDataException(e.Message.StartsWith(path, StringComparison.Ordinal) ? e.Message : $"{path}: not a grid run file ({e.Message})", e);
        }
    }

    /// <summary>Every run file of <paramref name="output"/>, by name.</summary>
    public static ImmutableArray<GridRun> ReadAll(string output) =>
        Directory.Exists(Folder(output))
            ? [.. Directory.EnumerateFiles(Folder(output), "*.json").Order(StringComparer.Ordinal).Select(Read)]
            : [];
}
