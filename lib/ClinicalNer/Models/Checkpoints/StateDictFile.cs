using System.Collections;
using ClinicalNer.Runtime;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Checkpoints;

/// <summary>
/// Reads the tensors of a Hugging Face weights file, by name, through TorchSharp.PyBridge: <c>model.safetensors</c>
/// (a JSON index and raw little-endian data) or <c>pytorch_model.bin</c> (the zip format of <c>torch.save</c>).
/// </summary>
/// <remarks>
/// Reading a <c>.bin</c> runs no pickled code: PyBridge unpickles with Razorvine.Pickle, a C# interpreter of the
/// pickle opcodes that has no Python to call. Its only constructors are PyBridge's for <c>_rebuild_tensor(_v2)</c>
/// (a tensor from the archive's raw storage bytes, shape and strides) and <c>OrderedDict</c>; any other global a file
/// names becomes an inert dictionary, or fails to load, and is never executed. Files that pickle a whole model
/// (<c>_rebuild_parameter</c>) or use the pre-1.6 non-zip format are refused.
/// </remarks>
internal static class StateDictFile
{
    /// <summary>The tensors of <paramref name="path"/> by key; the caller disposes them.</summary>
    /// <exception cref="InvalidDataException">The file is not a readable state dictionary; the message names it.</exception>
    public static Dictionary<string, Tensor> Read(string path)
    {
        InputFile.Check(path, long.MaxValue);
        try
        {
            if (path.EndsWith(".safetensors", StringComparison.OrdinalIgnoreCase))
                return SafetensorsFile.Read(path);
            using var stream = File.OpenRead(path);
            var table = PyTorchUnpickler.UnpickleStateDict(stream, leaveOpen: true);
            var tensors = new Dictionary<string, Tensor>(table.Count);
            foreach (DictionaryEntry entry in table)
                tensors.Add((string)entry.Key, entry.Value as Tensor
                    ?? throw new InvalidDataException($"entry '{entry.Key}' is a {entry.Value?.GetType().Name ?? "null"}, not a tensor"));
            return tensors;
        }
        catch (Exception e) when (e is not (FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException))
        {
            throw new InvalidDataException($"{path}: not a readable state dictionary ({e.Message})", e);
        }
    }
}
