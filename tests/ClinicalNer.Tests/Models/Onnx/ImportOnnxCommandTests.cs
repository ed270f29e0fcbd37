using System.CommandLine;
using ClinicalNer.Cli.Commands;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Models.Encoders.Bert;
using Google.Protobuf;
using Onnx;

namespace ClinicalNer.Tests.Models.Onnx;

/// <summary>
/// <c>import-onnx</c> on bad inputs: one line naming the file and the problem, exit 1, and no output folder (not even
/// a half-written or temporary one) left behind.
/// </summary>
[Trait("Category", "Integration")]
public class ImportOnnxCommandTests
{
    static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = ImportOnnxCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs the import into <c>out</c> of <paramref name="dir"/> and checks the failure's shape; returns the message.</summary>
    static string Fails(TempDir dir, string model, string vocab, string namedFile)
    {
        var outDir = Path.Combine(dir.Path, "out");
        var (exit, _, error) = Run("--model", model, "--vocab", vocab, "--out", outDir);
        Assert.Equal(1, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"clinical-ner: {namedFile}: ", line);
        Assert.False(Directory.Exists(outDir), "no output folder");
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(dir.Path), e => Path.GetFileName(e).Contains("importing"));
        return line;
    }

    [Fact]
    public void A_missing_model_file_is_named()
    {
        using var dir = new TempDir();
        var missing = Path.Combine(dir.Path, "absent.onnx");
        Fails(dir, missing, BundledMiniLm.VocabPath, missing);
    }

    [Fact]
    public void A_missing_vocabulary_is_named()
    {
        using var dir = new TempDir();
        var missing = Path.Combine(dir.Path, "vocab.txt");
        Fails(dir, BundledMiniLm.OnnxPath, missing, missing);
    }

    [Fact]
    public void A_truncated_onnx_file_is_not_an_onnx_model()
    {
        using var dir = new TempDir();
        var truncated = dir.WriteBytes("truncated.onnx", File.ReadAllBytes(BundledMiniLm.OnnxPath)[..100_000]);
        Assert.Contains("not an ONNX model", Fails(dir, truncated, BundledMiniLm.VocabPath, truncated));
    }

    [Fact]
    public void An_onnx_model_without_bert_weights_is_not_a_bert_export()
    {
        using var dir = new TempDir();
        var model = new ModelProto
        {
            IrVersion = 7,
            Graph = new GraphProto
            {
                Name = "linear",
                Initializer = { new TensorProto { Name = "weight", DataType = (int)TensorProto.Types.DataType.Float, Dims = { 2 }, FloatData = { 1f, 2f } } },
            },
        };
        var path = dir.WriteBytes("linear.onnx", model.ToByteArray());
        Assert.Contains("not a BERT export", Fails(dir, path, BundledMiniLm.VocabPath, path));
    }

    [Fact]
    public void A_vocabulary_shorter_than_the_embeddings_is_refused()
    {
        using var dir = new TempDir();
        var lines = File.ReadAllLines(BundledMiniLm.VocabPath);
        var vocab = dir.Write("vocab.txt", string.Join('\n', lines[..^1]) + "\n");
        var line = Fails(dir, BundledMiniLm.OnnxPath, vocab, vocab);
        Assert.Contains($"{lines.Length - 1} tokens", line);
        Assert.Contains($"{lines.Length} rows", line);
    }

    [Fact]
    public void Without_an_attention_reshape_the_head_count_must_be_given()
    {
        using var dir = new TempDir();
        var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(BundledMiniLm.OnnxPath));
        foreach (var node in model.Graph.Node.Where(n => n.OpType == "Reshape")) node.OpType = "ReshapeUnknownToTheImporter";
        var path = dir.WriteBytes("no-reshape.onnx", model.ToByteArray());

        Assert.Contains("--heads", Fails(dir, path, BundledMiniLm.VocabPath, path));
        var outDir = Path.Combine(dir.Path, "out");
        var (exit, output, error) = Run("--model", path, "--vocab", BundledMiniLm.VocabPath, "--out", outDir, "--heads", "12");
        Assert.True(exit == 0, error);
        Assert.Contains("12 heads", output);
    }

    [Fact]
    public void The_layer_norm_epsilon_is_read_from_the_graph()
    {
        using var dir = new TempDir();
        var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(BundledMiniLm.OnnxPath));
        // every scalar float constant equal to BERT's 1e-12 is the epsilon of one LayerNorm
        var epsilons = model.Graph.Node.Where(n => n.OpType == "Constant").Select(n => n.Attribute.Single(a => a.Name == "value").T)
            .Where(t => t.DataType == (int)TensorProto.Types.DataType.Float && t.RawData.Length == 4 && BitConverter.ToSingle(t.RawData.Span) == 1e-12f).ToList();
        Assert.Equal(13, epsilons.Count); // the embeddings' LayerNorm and two per layer
        foreach (var t in epsilons) t.RawData = ByteString.CopyFrom(BitConverter.GetBytes(1e-5f));
        var path = dir.WriteBytes("eps.onnx", model.ToByteArray());
        var outDir = Path.Combine(dir.Path, "out");

        var (exit, _, error) = Run("--model", path, "--vocab", BundledMiniLm.VocabPath, "--out", outDir);

        Assert.True(exit == 0, error);
        Assert.Equal(1e-5, Assert.IsType<ClinicalNer.Models.Encoders.Bert.BertConfig>(ClinicalNer.Models.Encoders.EncoderConfig.Load(Path.Combine(outDir, "config.json"))).LayerNormEps);
    }

    [Fact]
    public void A_head_count_that_disagrees_with_the_graph_is_refused()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "out");
        var (exit, _, error) = Run("--model", BundledMiniLm.OnnxPath, "--vocab", BundledMiniLm.VocabPath, "--out", outDir, "--heads", "6");
        Assert.Equal(1, exit);
        Assert.StartsWith($"clinical-ner: {BundledMiniLm.OnnxPath}: --heads 6 disagrees with the 12 heads of the graph", error);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void An_existing_non_empty_output_folder_is_left_alone()
    {
        using var dir = new TempDir();
        var kept = dir.Write("out/keep.txt", "mine");
        var (exit, _, error) = Run("--model", BundledMiniLm.OnnxPath, "--vocab", BundledMiniLm.VocabPath, "--out", Path.Combine(dir.Path, "out"));
        Assert.Equal(1, exit);
        Assert.StartsWith($"clinical-ner: {Path.Combine(dir.Path, "out")}: already exists", error);
        Assert.Equal(["keep.txt"], Directory.EnumerateFileSystemEntries(Path.Combine(dir.Path, "out")).Select(Path.GetFileName));
        Assert.Equal("mine", File.ReadAllText(kept));
    }

    [Fact]
    public void A_good_export_becomes_a_checkpoint_folder_and_says_what_it_is()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "minilm");
        var (exit, output, error) = Run("--model", BundledMiniLm.OnnxPath, "--vocab", BundledMiniLm.VocabPath, "--out", outDir);
        Assert.True(exit == 0, error);
        Assert.Contains("bert, 6 layers, width 384, 12 heads, FFN 1536, vocabulary 30,522, 22,713,216 parameters", output);
        Assert.Equal(["config.json", "model.safetensors", "tokenizer_config.json", "vocab.txt"],
            Directory.EnumerateFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllBytes(Path.Combine(BundledMiniLm.Checkpoint, "model.safetensors")), File.ReadAllBytes(Path.Combine(outDir, "model.safetensors")));
    }
}
