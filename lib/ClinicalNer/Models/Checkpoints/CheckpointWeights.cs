using ClinicalNer.Models.Encoders;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Checkpoints;

/// <summary>Copies a weights file into an encoder built from the checkpoint's configuration, checking every key and shape.</summary>
internal static class CheckpointWeights
{
    /// <summary>Loads <paramref name="weightsPath"/> into <paramref name="encoder"/>.</summary>
    /// <returns>Notices about keys that were skipped or parameters kept as initialised (none when the file fits exactly).</returns>
    /// <exception cref="InvalidDataException">Missing, unexpected or duplicate keys (all listed), or a shape that differs (key and both shapes named).</exception>
    public static IReadOnlyList<string> LoadInto(SequenceEncoder encoder, string weightsPath)
    {
        var file = StateDictFile.Read(weightsPath);
        try
        {
            var modelType = encoder.Config.ModelType;
            var target = encoder.state_dict();
            var mapped = new Dictionary<string, (string Key, Tensor Tensor)>();
            var (skipped, unexpected, duplicate) = (new List<string>(), new List<string>(), new List<string>());
            foreach (var (key, tensor) in file)
            {
                var name = CheckpointKeys.ToParameterName(key, modelType);
                if (name is null) skipped.Add(key);
                else if (!target.ContainsKey(name)) unexpected.Add(key);
                else if (!mapped.TryAdd(name, (key, tensor))) duplicate.Add($"{mapped[name].Key} and {key} (both {name})");
            }
            var missing = target.Keys.Where(k => !mapped.ContainsKey(k)).ToList();
            var pooler = missing.Where(k => k.StartsWith(CheckpointKeys.OptionalPooler, StringComparison.Ordinal)).ToList();
            missing.RemoveAll(pooler.Contains);
            if (missing.Count + unexpected.Count + duplicate.Count > 0)
                throw new InvalidDataException($"{weightsPath}: the weights do not fit the {modelType} encoder of config.json" +
                    List("missing keys", missing) + List("unexpected keys", unexpected) + List("keys given twice", duplicate) +
                    $" (the prefix {modelType}. is removed, pre-training heads are skipped, and legacy names are renamed: " +
                    string.Join(", ", CheckpointKeys.LegacyNames.Select(p => $".{p.Key} -> .{p.Value}")) + ")");
            Copy(target, mapped, weightsPath);
            var notices = new List<string>();
            if (skipped.Count > 0) notices.Add($"skipped {skipped.Count} checkpoint keys that are not the encoder's (pre-training heads, id buffers): {string.Join(", ", skipped.Order(StringComparer.Ordinal))}");
            if (pooler.Count > 0) notices.Add($"the checkpoint has no pooler ({string.Join(", ", pooler.Order(StringComparer.Ordinal))}); it keeps its fresh initialisation (tagging does not use it)");
            return notices;
        }
        finally
        {
            foreach (var tensor in file.Values) tensor.Dispose();
        }
    }

    static void Copy(Dictionary<string, Tensor> target, Dictionary<string, (string Key, Tensor Tensor)> mapped, string weightsPath)
    {
        foreach (var (name, (key, tensor)) in mapped)
            if (!target[name].shape.SequenceEqual(tensor.shape))
                throw new InvalidDataException($"{weightsPath}: key {key} has shape [{string.Join(", ", tensor.shape)}] in the checkpoint " +
                                               $"but the encoder's {name} has [{string.Join(", ", target[name].shape)}]");
        using var noGrad = no_grad();
        foreach (var (name, (_, tensor)) in mapped)
            target[name].copy_(tensor);
    }

    static string List(string what, List<string> keys) =>
        keys.Count == 0 ? "" : $"; {what} ({keys.Count}): {string.Join(", ", keys.Order(StringComparer.Ordinal))}";
}
