using ClinicalNer.Models.Encoders.Bert;
using Google.Protobuf;
using Onnx;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Onnx;

/// <summary>
/// The weights and architecture of a BERT encoder read from its ONNX export (PyTorch's <c>torch.onnx.export</c> of a
/// Hugging Face <c>BertModel</c>). Such an export keeps the Hugging Face names of the embeddings, biases and
/// LayerNorms (<c>encoder.layer.0.attention.self.query.bias</c>), but stores each linear weight as an anonymous
/// <c>MatMul</c> initializer (a number), transposed to [in, out]; the weight is named here after the bias of the
/// <c>Add</c> node that consumes the <c>MatMul</c>'s output, and transposed back to PyTorch's [out, in]. The pooler is a
/// <c>Gemm</c>. The head count is not a tensor size: it is read from the shape that the attention's <c>Reshape</c>
/// splits the keys into.
/// </summary>
/// <param name="Config">The architecture, sizes read from the tensors.</param>
/// <param name="Tensors">The weights under Hugging Face <c>BertModel</c> keys (without a <c>bert.</c> prefix), float32, on the CPU; the owner disposes them.</param>
public sealed record BertOnnxExport(BertConfig Config, IReadOnlyDictionary<string, Tensor> Tensors) : IDisposable
{
    const string WordEmbeddings = "embeddings.word_embeddings.weight";
    const string PositionEmbeddings = "embeddings.position_embeddings.weight";
    const string TokenTypeEmbeddings = "embeddings.token_type_embeddings.weight";
    const string LayerPrefix = "encoder.layer.";

    /// <summary>Reads the export at <paramref name="path"/>.</summary>
    /// <param name="path">The <c>.onnx</c> file.</param>
    /// <param name="heads">The head count to use when the graph does not tell it; must agree with the graph when it does.</param>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="InvalidDataException">Not an ONNX model, or not a BERT export; the message names the file and the problem.</exception>
    public static BertOnnxExport Read(string path, int? heads = null)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file", path);
        ModelProto model;
        try
        {
            using var stream = File.OpenRead(path);
            model = ModelProto.Parser.ParseFrom(stream);
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new InvalidDataException($"{path}: not an ONNX model ({e.Message})", e);
        }
        if (model.Graph is null || model.Graph.Initializer.Count == 0)
            throw new InvalidDataException($"{path}: not an ONNX model with weights (no graph initializers)");
        var graph = model.Graph;
        var initializers = graph.Initializer.ToDictionary(t => t.Name, StringComparer.Ordinal);
        if (!initializers.ContainsKey(WordEmbeddings))
            throw new InvalidDataException($"{path}: not a BERT export (no initializer {WordEmbeddings})");

        var tensors = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        try
        {
            foreach (var (name, initializer) in initializers)
                if (HuggingFaceName(name) is { } key && key != "embeddings.position_ids")
                    tensors.Add(key, ToTensor(initializer, path));
            foreach (var (key, weight) in LinearWeights(graph, initializers, path))
                if (!tensors.TryAdd(key, weight)) throw new InvalidDataException($"{path}: two tensors are named {key}");
            var nodeConstants = graph.Node.Where(n => n.OpType == "Constant")
                .Select(n => (Name: n.Output[0], Value: n.Attribute.FirstOrDefault(a => a.Name == "value")?.T))
                .Where(p => p.Value is not null).ToDictionary(p => p.Name, p => p.Value!, StringComparer.Ordinal);
            TensorProto? Constant(string name) => initializers.TryGetValue(name, out var t) || nodeConstants.TryGetValue(name, out t) ? t : null;
            var producers = graph.Node.SelectMany(n => n.Output.Select(o => (o, n))).ToDictionary(p => p.o, p => p.n, StringComparer.Ordinal);
            var config = Configure(tensors, HeadCount(graph, Constant, producers, path, heads), LayerNormEpsilon(graph, Constant, producers), path);
            return new BertOnnxExport(config, tensors);
        }
        catch
        {
            foreach (var tensor in tensors.Values) tensor.Dispose();
            throw;
        }
    }

    /// <summary>An initializer's Hugging Face key, or null for the export's anonymous and constant tensors.</summary>
    static string? HuggingFaceName(string name)
    {
        var key = name.StartsWith("bert.", StringComparison.Ordinal) ? name["bert.".Length..] : name;
        return key.StartsWith("embeddings.", StringComparison.Ordinal) || key.StartsWith(LayerPrefix, StringComparison.Ordinal)
               || key.StartsWith("pooler.", StringComparison.Ordinal) ? key : null;
    }

    /// <summary>
    /// The linear layers' weights as [out, in] tensors: each <c>MatMul</c> by an initializer named after the bias its
    /// output is added to, and each <c>Gemm</c> (the pooler) after its bias, transposed unless <c>transB</c> is set.
    /// </summary>
    static IEnumerable<(string Key, Tensor Weight)> LinearWeights(GraphProto graph, Dictionary<string, TensorProto> initializers, string path)
    {
        var consumers = graph.Node.SelectMany(n => n.Input.Select(input => (input, n))).ToLookup(p => p.input, p => p.n);
        foreach (var node in graph.Node)
        {
            if (node.OpType == "MatMul" && node.Input.Count == 2 && initializers.TryGetValue(node.Input[1], out var matrix) && HuggingFaceName(matrix.Name) is null)
            {
                var bias = consumers[node.Output[0]].Where(n => n.OpType == "Add").SelectMany(n => n.Input)
                    .Select(HuggingFaceName).FirstOrDefault(k => k is not null && k.EndsWith(".bias", StringComparison.Ordinal))
                    ?? throw new InvalidDataException($"{path}: the MatMul weight {matrix.Name} ({node.Name}) is not followed by the Add of a named bias; not a BERT export");
                using var stored = ToTensor(matrix, path); // [in, out]
                yield return (Weight(bias), stored.t().contiguous());
            }
            else if (node.OpType == "Gemm" && node.Input.Count == 3 && initializers.TryGetValue(node.Input[1], out var gemm))
            {
                var bias = HuggingFaceName(node.Input[2]) ?? throw new InvalidDataException($"{path}: the Gemm {node.Name} has no named bias; not a BERT export");
                if (HuggingFaceName(gemm.Name) is not null) continue; // already named (pooler.dense.weight), read with the others
                var transposed = node.Attribute.FirstOrDefault(a => a.Name == "transB")?.I == 1;
                using var stored = ToTensor(gemm, path); // [out, in] when transB, else [in, out]
                yield return (Weight(bias), transposed ? stored.clone() : stored.t().contiguous());
            }
        }
    }

    static string Weight(string biasKey) => biasKey[..^".bias".Length] + ".weight";

    /// <summary>
    /// The head count: the third entry of the 4-D shape the keys of the first layer are reshaped to
    /// ([batch, seq, heads, head width]), given as an initializer or assembled by a <c>Concat</c> of constants.
    /// </summary>
    static int HeadCount(GraphProto graph, Func<string, TensorProto?> constant, Dictionary<string, NodeProto> producers, string path, int? given)
    {
        long[]? Constant(string name) => constant(name) is { } t ? t.Int64Data.Count > 0 ? [.. t.Int64Data] : IntegerValues(t) : null;

        var keyBias = LayerPrefix + "0.attention.self.key.bias";
        var keyAdd = graph.Node.FirstOrDefault(n => n.OpType == "Add" && n.Input.Any(i => HuggingFaceName(i) == keyBias));
        var reshape = keyAdd is null ? null : graph.Node.FirstOrDefault(n => n.OpType == "Reshape" && n.Input[0] == keyAdd.Output[0]);
        long? found = null;
        if (reshape is not null)
        {
            var shape = reshape.Input[1];
            if (Constant(shape) is { Length: 4 } dims) found = dims[2];
            else if (producers.TryGetValue(shape, out var concat) && concat.OpType == "Concat" && concat.Input.Count == 4 && Constant(concat.Input[2]) is { Length: 1 } part)
                found = part[0];
        }
        if (found is long graphHeads)
        {
            if (given is int g && g != graphHeads)
                throw new InvalidDataException($"{path}: --heads {g} disagrees with the {graphHeads} heads of the graph's attention");
            return checked((int)graphHeads);
        }
        return given ?? throw new InvalidDataException($"{path}: the head count cannot be read from the graph (no Reshape of the attention keys to a constant shape); give it with --heads N");
    }

    /// <summary>
    /// The LayerNorm epsilon: the attribute of a fused <c>LayerNormalization</c>, or, as PyTorch's exporter spells
    /// LayerNorm out (Sub of the mean, Pow, ReduceMean, Add of epsilon, Sqrt), the constant the first variance is
    /// added to; null when neither is there (BERT's 1e-12 then applies).
    /// </summary>
    static double? LayerNormEpsilon(GraphProto graph, Func<string, TensorProto?> constant, Dictionary<string, NodeProto> producers)
    {
        if (graph.Node.FirstOrDefault(n => n.OpType == "LayerNormalization")?.Attribute.FirstOrDefault(a => a.Name == "epsilon") is { } attribute)
            return Decimal(attribute.F);
        foreach (var add in graph.Node.Where(n => n.OpType == "Add" && n.Input.Count == 2))
            for (int side = 0; side < 2; side++)
                if (producers.TryGetValue(add.Input[side], out var mean) && mean.OpType == "ReduceMean"
                    && producers.TryGetValue(mean.Input[0], out var pow) && pow.OpType == "Pow"
                    && constant(add.Input[1 - side]) is { DataType: (int)TensorProto.Types.DataType.Float } epsilon
                    && (epsilon.FloatData.Count == 1 || epsilon.RawData.Length == sizeof(float)))
                    return Decimal(epsilon.FloatData.Count == 1 ? epsilon.FloatData[0] : System.Runtime.InteropServices.MemoryMarshal.Read<float>(epsilon.RawData.Span));
        return null;
    }

    /// <summary>A float32 as the shortest decimal that reads back to it (1e-12, not 9.999999960041972E-13).</summary>
    static double Decimal(float value) => double.Parse(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    static long[]? IntegerValues(TensorProto t) =>
        t.DataType == (int)TensorProto.Types.DataType.Int64 && t.RawData.Length % 8 == 0
            ? [.. System.Runtime.InteropServices.MemoryMarshal.Cast<byte, long>(t.RawData.Span)]
            : null;

    /// <summary>A float32 initializer as a CPU tensor of its shape.</summary>
    static Tensor ToTensor(TensorProto initializer, string path)
    {
        if (initializer.DataType != (int)TensorProto.Types.DataType.Float)
            throw new InvalidDataException($"{path}: initializer {initializer.Name} is {(TensorProto.Types.DataType)initializer.DataType}, not float32");
        if (initializer.DataLocation == TensorProto.Types.DataLocation.External)
            throw new InvalidDataException($"{path}: initializer {initializer.Name} is stored in an external file, which is not supported");
        long[] shape = [.. initializer.Dims];
        long count = shape.Aggregate(1L, (a, b) => a * b);
        if (initializer.RawData.Length > 0)
        {
            if (initializer.RawData.Length != count * sizeof(float))
                throw new InvalidDataException($"{path}: initializer {initializer.Name} holds {initializer.RawData.Length} bytes, not the {count} floats of its shape");
            var result = empty(shape, ScalarType.Float32);
            result.bytes = initializer.RawData.ToByteArray();
            return result;
        }
        if (initializer.FloatData.Count != count)
            throw new InvalidDataException($"{path}: initializer {initializer.Name} holds {initializer.FloatData.Count} floats, not the {count} of its shape");
        return tensor(initializer.FloatData.ToArray(), shape);
    }

    /// <summary>The configuration implied by the tensors' shapes (whether every tensor fits it is checked by the importer).</summary>
    static BertConfig Configure(Dictionary<string, Tensor> tensors, int heads, double? layerNormEps, string path)
    {
        Tensor Get(string key) => tensors.TryGetValue(key, out var t) ? t : throw new InvalidDataException($"{path}: not a BERT export (no tensor {key})");
        var words = Get(WordEmbeddings); // [vocab, hidden]
        var layers = 0;
        while (tensors.ContainsKey($"{LayerPrefix}{layers}.attention.self.query.weight")) layers++;
        if (layers == 0) throw new InvalidDataException($"{path}: not a BERT export (no layer {LayerPrefix}0 with a query weight)");
        var config = new BertConfig
        {
            VocabSize = (int)words.shape[0],
            Hidden = (int)words.shape[1],
            Layers = layers,
            Heads = heads,
            IntermediateSize = (int)Get($"{LayerPrefix}0.intermediate.dense.bias").shape[0],
            MaxPositionEmbeddings = (int)Get(PositionEmbeddings).shape[0],
            TypeVocabSize = (int)Get(TokenTypeEmbeddings).shape[0],
            LayerNormEps = layerNormEps ?? new BertConfig().LayerNormEps,
        };
        try
        {
            config.Validate();
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
        return config;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var tensor in Tensors.Values) tensor.Dispose();
    }
}
