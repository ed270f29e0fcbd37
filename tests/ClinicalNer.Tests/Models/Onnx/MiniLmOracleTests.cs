using ClinicalNer.Models;
using ClinicalNer.Models.Checkpoints;
using ClinicalNer.Models.Hub;
using ClinicalNer.Runtime;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using static TorchSharp.torch;

namespace ClinicalNer.Tests.Models.Onnx;

/// <summary>
/// The workbench's BERT encoder on real pre-trained weights, against ONNX Runtime running the very graph the weights
/// were converted from: the same token ids, padded into one batch with an attention mask, must give the same
/// <c>last_hidden_state</c> at every real (unpadded) position.
/// </summary>
[Trait("Category", "Integration")]
public class MiniLmOracleTests
{
    static readonly string[] Sentences =
    [
        "Metformin 500 mg twice daily.",
        "The patient was admitted with chest pain and shortness of breath after a fall at home; troponin was negative.",
        "BP 140/90, HR 88.",
        "No acute distress.",
    ];

    [Fact]
    public void Converted_minilm_matches_onnx_runtime_on_a_padded_batch_of_real_sentences()
    {
        TorchRuntime.EnsureLoaded();
        var encoder = PretrainedEncoder.Load(new ResolvedCheckpoint(BundledMiniLm.Checkpoint, CheckpointSource.LocalFolder));
        using var module = encoder.Encoder;
        var ids = Sentences.Select(s => encoder.Tokenizer.EncodeToIds(s).Select(i => (long)i).ToArray()).ToArray();
        int batch = ids.Length, length = ids.Max(s => s.Length);
        Assert.True(ids.Select(s => s.Length).Distinct().Count() >= 3, $"at least three different lengths, so that padding is exercised: {string.Join(", ", ids.Select(s => s.Length))}");
        var (inputIds, mask) = (new long[batch * length], new long[batch * length]); // [batch, seq], zero-padded
        for (int b = 0; b < batch; b++)
            for (int t = 0; t < ids[b].Length; t++)
                (inputIds[b * length + t], mask[b * length + t]) = (ids[b][t], 1);

        var expected = OnnxRuntimeLastHiddenState(inputIds, mask, batch, length); // [batch, seq, hidden]
        float[] actual;
        module.eval();
        using (no_grad())
        using (var output = module.call(tensor(inputIds, [batch, length]), tensor(mask, [batch, length])))
            actual = output.data<float>().ToArray();

        Assert.Equal(expected.Length, actual.Length);
        int hidden = expected.Length / (batch * length);
        double worst = 0;
        for (int position = 0; position < batch * length; position++)
            if (mask[position] == 1)
                for (int h = 0; h < hidden; h++)
                    worst = Math.Max(worst, Math.Abs(expected[position * hidden + h] - actual[position * hidden + h]));
        Assert.True(worst <= 1e-4, $"max abs difference {worst:G3} at real positions exceeds 1e-4");
    }

    static float[] OnnxRuntimeLastHiddenState(long[] inputIds, long[] mask, int batch, int length)
    {
        int[] shape = [batch, length];
        using var session = new InferenceSession(BundledMiniLm.OnnxPath);
        using var results = session.Run(
        [
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(inputIds, shape)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(mask, shape)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(new long[batch * length], shape)),
        ]);
        return results.Single(r => r.Name == "last_hidden_state").AsTensor<float>().ToArray();
    }
}
