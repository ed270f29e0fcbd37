using System.Runtime.InteropServices;
using ClinicalNer.Models;
using ClinicalNer.Models.Checkpoints;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Models.Encoders.Bert;
using ClinicalNer.Models.Hub;
using ClinicalNer.Runtime;
using Google.Protobuf;
using Onnx;

namespace ClinicalNer.Tests.Models.Onnx;

/// <summary>
/// <c>import-onnx</c>'s conversion of the package's real MiniLM export: every tensor equals the export's initializer
/// bit for bit (linear weights transposed), named by an independent reading of the graph, and the configuration is
/// MiniLM's published one.
/// </summary>
[Trait("Category", "Integration")]
public class OnnxCheckpointImportTests
{
    [Fact]
    public void Converted_tensors_equal_the_onnx_initializers_bit_for_bit()
    {
        TorchRuntime.EnsureLoaded();
        var graph = ModelProto.Parser.ParseFrom(File.ReadAllBytes(BundledMiniLm.OnnxPath)).Graph;
        var expected = IndependentConversion(graph);
        var converted = SafetensorsFile.Read(Path.Combine(BundledMiniLm.Checkpoint, CheckpointFiles.Safetensors));
        try
        {
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), converted.Keys.Order(StringComparer.Ordinal));
            foreach (var (key, (shape, values)) in expected)
            {
                Assert.Equal(shape, converted[key].shape);
                Assert.True(MemoryMarshal.AsBytes(values.AsSpan()).SequenceEqual(converted[key].bytes), $"{key} differs");
            }
        }
        finally
        {
            foreach (var tensor in converted.Values) tensor.Dispose();
        }
    }

    [Fact]
    public void Converted_config_is_minilm_l6_uncased()
    {
        TorchRuntime.EnsureLoaded();
        var config = Assert.IsType<BertConfig>(EncoderConfig.Load(Path.Combine(BundledMiniLm.Checkpoint, CheckpointFiles.Config)));
        Assert.Equal((6, 384, 12, 1536, 30522, 1e-12), (config.Layers, config.Hidden, config.Heads, config.IntermediateSize, config.VocabSize, config.LayerNormEps));
        // only Hugging Face keys: snake_case, as transformers' BertConfig reads them
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(BundledMiniLm.Checkpoint, CheckpointFiles.Config)));
        Assert.All(json.RootElement.EnumerateObject(), p => Assert.Matches("^[a-z_]+$", p.Name));
        Assert.Equal("bert", json.RootElement.GetProperty("model_type").GetString());
        var encoder = PretrainedEncoder.Load(new ResolvedCheckpoint(BundledMiniLm.Checkpoint, CheckpointSource.LocalFolder));
        encoder.Encoder.Dispose();
        Assert.True(encoder.LowerCase);
        Assert.Empty(encoder.Notices);
    }

    /// <summary>
    /// The expected tensors, read with plain C# from the protobuf: named float initializers as they are (without the
    /// position-id buffer), and each anonymous MatMul weight named after the bias of the Add node that PyTorch's
    /// exporter emits right after it, transposed from [in, out] to [out, in].
    /// </summary>
    static Dictionary<string, (long[] Shape, float[] Values)> IndependentConversion(GraphProto graph)
    {
        var floats = graph.Initializer.Where(t => t.DataType == (int)TensorProto.Types.DataType.Float)
            .ToDictionary(t => t.Name, t => (Shape: t.Dims.ToArray(), Values: MemoryMarshal.Cast<byte, float>(t.RawData.Span).ToArray()));
        var result = floats.Where(p => !char.IsDigit(p.Key[0])).ToDictionary(p => p.Key, p => p.Value);
        var nodes = graph.Node.ToList();
        for (int i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].OpType != "MatMul" || !floats.TryGetValue(nodes[i].Input[1], out var matrix)) continue;
            var bias = nodes[i + 1].Input.Single(n => n.EndsWith(".bias", StringComparison.Ordinal));
            var (rows, columns) = ((int)matrix.Shape[0], (int)matrix.Shape[1]);
            var transposed = new float[matrix.Values.Length];
            for (int r = 0; r < rows; r++)
                for (int c = 0; c < columns; c++)
                    transposed[c * rows + r] = matrix.Values[r * columns + c];
            result.Add(bias[..^"bias".Length] + "weight", ([columns, rows], transposed));
        }
        return result;
    }
}
