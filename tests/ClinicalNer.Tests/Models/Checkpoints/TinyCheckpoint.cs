using ClinicalNer.Models;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Models.Encoders.Bert;
using ClinicalNer.Models.Encoders.DistilBert;
using ClinicalNer.Models.Hub;
using TorchSharp;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace ClinicalNer.Tests.Models.Checkpoints;

/// <summary>The weights file a tiny checkpoint is written in.</summary>
public enum WeightsFormat { Safetensors, PytorchBin }

/// <summary>
/// Tiny checkpoints in the Hugging Face layout (config.json, vocab.txt, tokenizer_config.json, model.safetensors or
/// pytorch_model.bin) written from a "writer" encoder with random weights, under the keys a masked-LM model saves:
/// the encoder's under <c>bert.</c>/<c>distilbert.</c> and the pre-training head's at the top level.
/// </summary>
static class TinyCheckpoint
{
    public static readonly string[] Vocabulary = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "aspirin", "mg", "daily", "take", "##s", ".", "Aspirin"];

    public static BertConfig Bert { get; } = new() { VocabSize = 16, Hidden = 8, Layers = 2, Heads = 2, IntermediateSize = 12, MaxPositionEmbeddings = 10, LayerNormEps = 1e-7 };

    public static DistilBertConfig DistilBert { get; } = new() { VocabSize = 16, Dim = 8, Layers = 2, Heads = 2, HiddenDim = 12, MaxPositionEmbeddings = 10 };

    public static EncoderConfig Config(string modelType) => modelType == BertConfig.Type ? Bert : DistilBert;

    /// <summary>An encoder whose weights are drawn from a wide uniform, unlike any fresh initialisation, in eval mode.</summary>
    public static SequenceEncoder Writer(EncoderConfig config, int seed)
    {
        var encoder = config.Build();
        var generator = new Generator((ulong)seed);
        using (no_grad())
            foreach (var p in encoder.parameters()) p.uniform_(-0.6, 0.6, generator);
        encoder.eval();
        return encoder;
    }

    /// <summary>The state dictionary a Hugging Face masked-LM model of this encoder saves (encoder keys prefixed, head keys at the top level).</summary>
    public static Dictionary<string, Tensor> HfStateDict(SequenceEncoder encoder)
    {
        var type = encoder.Config.ModelType;
        var dict = encoder.state_dict().ToDictionary(p => $"{type}.{p.Key}", p => p.Value);
        var (h, v) = (encoder.HiddenSize, encoder.Config.VocabularySize);
        if (type == BertConfig.Type)
        {
            dict["cls.predictions.bias"] = zeros(v);
            dict["cls.predictions.transform.dense.weight"] = zeros(h, h);
            dict["cls.predictions.transform.LayerNorm.weight"] = ones(h);
            dict["bert.embeddings.position_ids"] = arange(10L).unsqueeze(0);
        }
        else
        {
            dict["vocab_transform.weight"] = zeros(h, h);
            dict["vocab_layer_norm.weight"] = ones(h);
            dict["vocab_projector.bias"] = zeros(v);
        }
        return dict;
    }

    /// <summary>Writes the checkpoint folder and returns it.</summary>
    public static string Write(string folder, EncoderConfig config, Dictionary<string, Tensor> weights, WeightsFormat format, bool? lowerCase = false)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, CheckpointFiles.Config), config.ToJson());
        File.WriteAllLines(Path.Combine(folder, CheckpointFiles.Vocab), Vocabulary);
        if (lowerCase is { } lower)
            File.WriteAllText(Path.Combine(folder, CheckpointFiles.TokenizerConfig), $"{{\"do_lower_case\": {(lower ? "true" : "false")}, \"model_max_length\": 10}}");
        if (format == WeightsFormat.Safetensors)
            Safetensors.SaveStateDict(Path.Combine(folder, CheckpointFiles.Safetensors), weights);
        else
            PyTorchPickler.PickleStateDict(Path.Combine(folder, CheckpointFiles.PytorchBin), weights);
        return folder;
    }

    /// <summary>Last hidden states [2, 6, H] of two fixed sequences (the second padded after 4 tokens).</summary>
    public static float[] Outputs(SequenceEncoder encoder)
    {
        using var scope = NewDisposeScope();
        var ids = tensor(new long[] { 2, 5, 6, 7, 10, 3, 2, 8, 11, 3, 0, 0 }, [2, 6]);
        var mask = tensor(new[] { true, true, true, true, true, true, true, true, true, true, false, false }, [2, 6]);
        return encoder.call(ids, mask).data<float>().ToArray();
    }
}
