using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicalNer.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Checkpoints;

/// <summary>
/// The safetensors format (Hugging Face's: an 8-byte little-endian header length, a JSON header naming each tensor's
/// dtype, shape and byte range, then the raw little-endian data), read and written here rather than through
/// TorchSharp.PyBridge: PyBridge is built against an older TorchSharp, and a notebook kernel (Roslyn scripting) then
/// loads a second TorchSharp for it, so that any PyBridge call fails there with a MissingMethodException.
/// </summary>
internal static class SafetensorsFile
{
    static readonly (string Name, ScalarType Type, int Size)[] DTypes =
    [
        ("F32", ScalarType.Float32, 4), ("F64", ScalarType.Float64, 8), ("F16", ScalarType.Float16, 2),
        ("BF16", ScalarType.BFloat16, 2), ("I64", ScalarType.Int64, 8), ("I32", ScalarType.Int32, 4),
        ("I16", ScalarType.Int16, 2), ("I8", ScalarType.Int8, 1), ("U8", ScalarType.Byte, 1), ("BOOL", ScalarType.Bool, 1),
    ];

    /// <summary>Writes <paramref name="module"/>'s state dictionary (parameters and buffers) to <paramref name="path"/>.</summary>
    public static void Save(nn.Module module, string path) => Save(module.state_dict(), path);

    /// <summary>Writes the named <paramref name="tensors"/> to <paramref name="path"/>, in the order given.</summary>
    public static void Save(IEnumerable<KeyValuePair<string, Tensor>> tensors, string path)
    {
        using var scope = NewDisposeScope();
        var header = new JsonObject();
        var blobs = new List<byte[]>();
        long offset = 0;
        foreach (var (name, tensor) in tensors)
        {
            var bytes = Bytes(tensor.detach().cpu().contiguous());
            header[name] = new JsonObject
            {
                ["dtype"] = DType(tensor.dtype).Name,
                ["shape"] = new JsonArray([.. tensor.shape.Select(d => (JsonNode)JsonValue.Create(d))]),
                ["data_offsets"] = new JsonArray(offset, offset + bytes.Length),
            };
            offset += bytes.Length;
            blobs.Add(bytes);
        }
        var json = Encoding.UTF8.GetBytes(header.ToJsonString());
        var padded = (json.Length + 7) / 8 * 8; // the format's readers expect the data 8-byte aligned; spaces pad JSON harmlessly
        using var stream = File.Create(path);
        Span<byte> length = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(length, (ulong)padded);
        stream.Write(length);
        stream.Write(json);
        for (int i = json.Length; i < padded; i++) stream.WriteByte((byte)' ');
        foreach (var blob in blobs) stream.Write(blob);
    }

    /// <summary>Copies the tensors of <paramref name="path"/> into <paramref name="module"/>; every key must match both ways, with its shape.</summary>
    /// <exception cref="InvalidDataException">The file is malformed or does not fit the module; the message names the file and key.</exception>
    public static void Load(nn.Module module, string path)
    {
        var tensors = Read(path);
        try
        {
            var state = module.state_dict();
            foreach (var key in state.Keys.Where(k => !tensors.ContainsKey(k)))
                throw new InvalidDataException($"{path}: no tensor '{key}'");
            using var noGrad = no_grad();
            foreach (var (key, source) in tensors)
            {
                if (!state.TryGetValue(key, out var target)) throw new InvalidDataException($"{path}: unexpected tensor '{key}'");
                if (!source.shape.SequenceEqual(target.shape))
                    throw new InvalidDataException($"{path}: tensor '{key}' has shape [{string.Join(", ", source.shape)}], the model's is [{string.Join(", ", target.shape)}]");
                target.copy_(source);
            }
        }
        finally
        {
            foreach (var tensor in tensors.Values) tensor.Dispose();
        }
    }

    /// <summary>The tensors of <paramref name="path"/> by key, on the CPU; the caller disposes them.</summary>
    /// <exception cref="InvalidDataException">The file is not safetensors; the message names it.</exception>
    public static Dictionary<string, Tensor> Read(string path)
    {
        var file = InputFile.ReadAllBytes(path, Array.MaxLength);
        if (file.Length < 8) throw new InvalidDataException($"{path}: too short for a safetensors file");
        var headerLength = BinaryPrimitives.ReadUInt64LittleEndian(file);
        if (headerLength > (ulong)(file.Length - 8)) throw new InvalidDataException($"{path}: header length {headerLength} exceeds the file");
        JsonObject header;
        try
        {
            header = JsonNode.Parse(file.AsSpan(8, (int)headerLength))?.AsObject() ?? throw new JsonException("null header");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: not a safetensors header ({e.Message})", e);
        }
        var data = file.AsSpan(8 + (int)headerLength);
        var tensors = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        foreach (var (key, node) in header)
        {
            if (key == "__metadata__") continue;
            try
            {
                var dtype = DType(node!["dtype"]!.GetValue<string>());
                long[] shape = [.. node["shape"]!.AsArray().Select(d => d!.GetValue<long>())];
                var offsets = node["data_offsets"]!.AsArray();
                long begin = offsets[0]!.GetValue<long>(), end = offsets[1]!.GetValue<long>();
                long count = shape.Aggregate(1L, (a, b) => a * b);
                if (begin < 0 || end > data.Length || end - begin != count * dtype.Size)
                    throw new InvalidDataException($"byte range [{begin}, {end}) does not hold {count} {dtype.Name} values in {data.Length} bytes of data");
                var tensor = empty(shape, dtype.Type);
                tensor.bytes = data[(int)begin..(int)end];
                tensors.Add(key, tensor);
            }
            catch (Exception e) when (e is InvalidDataException or NullReferenceException or InvalidOperationException or FormatException or ArgumentException)
            {
                foreach (var tensor in tensors.Values) tensor.Dispose();
                throw new InvalidDataException($"{path}: tensor '{key}': {e.Message}", e);
            }
        }
        return tensors;
    }

    static byte[] Bytes(Tensor contiguous) => contiguous.bytes.ToArray();

    static (string Name, ScalarType Type, int Size) DType(ScalarType type) =>
        Array.Find(DTypes, d => d.Type == type) is { Name: not null } d ? d : throw new ArgumentException($"no safetensors dtype for {type}");

    static (string Name, ScalarType Type, int Size) DType(string name) =>
        Array.Find(DTypes, d => d.Name == name) is { Name: not null } d ? d : throw new InvalidDataException($"unknown dtype '{name}'");
}
