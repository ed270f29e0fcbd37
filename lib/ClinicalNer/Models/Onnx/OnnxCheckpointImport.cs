using System.Text.Json.Nodes;
using ClinicalNer.Models.Checkpoints;
using ClinicalNer.Models.Encoders.Bert;
using ClinicalNer.Models.Hub;
using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Onnx;

/// <summary>
/// Turns a BERT ONNX export and its <c>vocab.txt</c> into a Hugging Face checkpoint folder (<c>config.json</c>,
/// <c>vocab.txt</c>, <c>tokenizer_config.json</c>, <c>model.safetensors</c>) that <see cref="PretrainedEncoder"/> loads.
/// The folder is written beside its destination under a temporary name and renamed at the end, so that a failure
/// or an interruption never leaves a half-written checkpoint where a later run would take it for a whole one.
/// </summary>
public static class OnnxCheckpointImport
{
    /// <summary>Converts <paramref name="modelPath"/> and <paramref name="vocabPath"/> into the folder <paramref name="outDir"/>.</summary>
    /// <param name="modelPath">The ONNX export of a Hugging Face <c>BertModel</c>.</param>
    /// <param name="vocabPath">Its WordPiece vocabulary, one token a line; as many lines as the word embeddings have rows.</param>
    /// <param name="outDir">The checkpoint folder to create; it must not exist, or be empty.</param>
    /// <param name="lowerCase">
    /// Whether the tokenizer lower-cases; null infers it from the vocabulary: lower-casing when no token has an
    /// upper-case letter (an uncased vocabulary cannot match capitals).
    /// </param>
    /// <param name="heads">The head count, needed only when the graph does not tell it.</param>
    /// <returns>The configuration written.</returns>
    /// <exception cref="FileNotFoundException">A missing input file.</exception>
    /// <exception cref="InvalidDataException">Not a BERT export, or a vocabulary that does not fit it; the message names the file.</exception>
    /// <exception cref="IOException"><paramref name="outDir"/> exists and is not empty.</exception>
    public static BertConfig Import(string modelPath, string vocabPath, string outDir, bool? lowerCase = null, int? heads = null)
    {
        var target = Path.GetFullPath(outDir);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            throw new IOException($"{target}: already exists and is not empty");
        if (!File.Exists(vocabPath)) throw new FileNotFoundException($"{vocabPath}: no such file", vocabPath);
        var vocabulary = File.ReadAllLines(vocabPath);
        using var export = BertOnnxExport.Read(modelPath, heads);
        var config = export.Config;
        if (vocabulary.Length != config.VocabSize)
            throw new InvalidDataException($"{vocabPath}: {vocabulary.Length} tokens, but the word embeddings of {modelPath} have {config.VocabSize} rows");
        CheckFits(export, modelPath);

        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.importing-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            File.WriteAllText(Path.Combine(staging, CheckpointFiles.Config), config.ToJson());
            File.Copy(vocabPath, Path.Combine(staging, CheckpointFiles.Vocab));
            var tokenizer = new JsonObject
            {
                ["tokenizer_class"] = "BertTokenizer",
                ["do_lower_case"] = lowerCase ?? !vocabulary.Any(token => token.Any(char.IsUpper)),
                ["model_max_length"] = config.MaxPositionEmbeddings,
            };
            File.WriteAllText(Path.Combine(staging, CheckpointFiles.TokenizerConfig), tokenizer.ToJsonString(new() { WriteIndented = true }));
            SafetensorsFile.Save(export.Tensors.OrderBy(p => p.Key, StringComparer.Ordinal), Path.Combine(staging, CheckpointFiles.Safetensors));
            if (Directory.Exists(target)) Directory.Delete(target); // empty, checked above
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }
        return config;
    }

    /// <summary>Every tensor of a <c>BertModel</c> of the export's configuration is there with its shape, and nothing else (the pooler may be absent).</summary>
    static void CheckFits(BertOnnxExport export, string modelPath)
    {
        using var model = export.Config.Build(new Device(DeviceType.META));
        var expected = model.state_dict();
        var problems = new List<string>();
        foreach (var (key, parameter) in expected)
            if (!export.Tensors.TryGetValue(key, out var tensor))
            {
                if (!key.StartsWith(CheckpointKeys.OptionalPooler, StringComparison.Ordinal)) problems.Add($"no tensor {key}");
            }
            else if (!tensor.shape.SequenceEqual(parameter.shape))
                problems.Add($"{key} has shape [{string.Join(", ", tensor.shape)}], a BERT of these sizes needs [{string.Join(", ", parameter.shape)}]");
        problems.AddRange(export.Tensors.Keys.Where(k => !expected.ContainsKey(k)).Select(k => $"unexpected tensor {k}"));
        if (problems.Count > 0)
            throw new InvalidDataException($"{modelPath}: not a BERT export of one consistent architecture: {string.Join("; ", problems.Take(5))}" +
                                           (problems.Count > 5 ? $" (and {problems.Count - 5} more)" : ""));
    }
}
