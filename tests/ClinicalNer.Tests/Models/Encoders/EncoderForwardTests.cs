using ClinicalNer.Models;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Models.Encoders.Bert;
using ClinicalNer.Models.Encoders.DistilBert;
using ClinicalNer.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Tests.Models.Encoders;

public class EncoderForwardTests
{
    static readonly long[][] Ids = [[5, 17, 3, 42, 8, 11, 29], [7, 2, 33, 19, 0, 0, 0]];
    static readonly int[] Lengths = [7, 4];

    public EncoderForwardTests() => TorchRuntime.EnsureLoaded();

    // Weights spread wider than HF's initial std 0.02, so attention is far from uniform and every term matters.
    static Dictionary<string, double[]> Randomize(SequenceEncoder encoder, int seed)
    {
        manual_seed(seed);
        using (no_grad())
            foreach (var p in encoder.parameters()) p.uniform_(-0.6, 0.6);
        encoder.eval();
        return encoder.named_parameters().ToDictionary(p => p.name, p => p.parameter.to(ScalarType.Float64).data<double>().ToArray());
    }

    static void AssertMatches(SequenceEncoder encoder, Func<long[], bool[], double[][]> reference)
    {
        var mask = Ids.Select((row, b) => row.Select((_, t) => t < Lengths[b]).ToArray()).ToArray();
        using var ids = tensor(Ids.SelectMany(r => r).ToArray(), [2, 7]);
        using var maskTensor = tensor(mask.SelectMany(r => r).ToArray(), [2, 7]);
        using var output = encoder.call(ids, maskTensor); // [2, 7, H]
        var actual = output.data<float>().ToArray();
        var hidden = encoder.HiddenSize;
        for (var b = 0; b < 2; b++)
        {
            var expected = reference(Ids[b], mask[b]);
            for (var t = 0; t < 7; t++)
                for (var c = 0; c < hidden; c++)
                    Assert.Equal(expected[t][c], actual[(b * 7 + t) * hidden + c], 1e-5);
        }
    }

    [Fact]
    public void DistilBert_forward_equals_the_per_position_reference()
    {
        var config = new DistilBertConfig { VocabSize = 50, Dim = 16, Heads = 4, HiddenDim = 24, Layers = 2, MaxPositionEmbeddings = 12 };
        using var encoder = config.Build();
        var weights = Randomize(encoder, 1);
        var reference = new EncoderReference(weights, 16, 4, DistilBertConfig.LayerNormEps);
        AssertMatches(encoder, (ids, mask) => reference.DistilBert(ids, mask, 2));
    }

    [Theory]
    [InlineData(PositionEmbeddingType.RelativeKey)]
    [InlineData(PositionEmbeddingType.RelativeKeyQuery)]
    public void DistilBert_with_relative_positions_equals_the_per_position_reference(PositionEmbeddingType positions)
    {
        var config = new DistilBertConfig { VocabSize = 50, Dim = 16, Heads = 4, HiddenDim = 24, Layers = 2, MaxPositionEmbeddings = 12, PositionEmbeddingType = positions };
        using var encoder = config.Build();
        var weights = Randomize(encoder, 3);
        Assert.DoesNotContain("embeddings.position_embeddings.weight", weights.Keys);
        var reference = new EncoderReference(weights, 16, 4, DistilBertConfig.LayerNormEps);
        AssertMatches(encoder, (ids, mask) => reference.DistilBert(ids, mask, 2, (12, positions == PositionEmbeddingType.RelativeKeyQuery)));
    }

    [Theory]
    [InlineData(PositionEmbeddingType.Absolute, false)]
    [InlineData(PositionEmbeddingType.RelativeKey, true)]
    [InlineData(PositionEmbeddingType.RelativeKeyQuery, true)]
    public void Only_relative_positions_make_a_sentence_read_the_same_wherever_it_starts(PositionEmbeddingType positions, bool same)
    {
        // Masked keys in front shift every real token's absolute position by 3 and leave every distance between them as it was.
        var config = DistilBertConfig.Size(ModelSize.Tiny, vocabSize: 50) with { PositionEmbeddingType = positions };
        using var encoder = config.Build();
        Randomize(encoder, 4);
        using var alone = encoder.call(tensor(new long[] { 7, 2, 33, 19 }, [1, 4]), ones(1, 4, dtype: ScalarType.Bool));
        using var shifted = encoder.call(tensor(new long[] { 44, 45, 46, 7, 2, 33, 19 }, [1, 7]),
                                         tensor(new[] { false, false, false, true, true, true, true }, [1, 7]));
        Assert.Equal(same, alone.allclose(shifted[.., 3..], rtol: 1e-5, atol: 1e-5));
    }

    [Fact]
    public void Bert_forward_equals_the_per_position_reference_with_the_configs_layer_norm_epsilon()
    {
        // A large epsilon (0.1) changes every LayerNorm output visibly, so using the wrong one would fail.
        var config = new BertConfig { VocabSize = 50, Hidden = 16, Heads = 2, IntermediateSize = 24, Layers = 2, MaxPositionEmbeddings = 12, LayerNormEps = 0.1 };
        using var encoder = config.Build();
        var weights = Randomize(encoder, 2);
        var reference = new EncoderReference(weights, 16, 2, 0.1);
        AssertMatches(encoder, (ids, mask) => reference.Bert(ids, mask, 2));
    }

    [Fact]
    public void Reference_erf_matches_tabulated_values()
    {
        // Abramowitz and Stegun, table 7.1.
        Assert.Equal(0.5204998778, EncoderReference.Erf(0.5), 1e-10);
        Assert.Equal(0.8427007929, EncoderReference.Erf(1.0), 1e-10);
        Assert.Equal(0.9953222650, EncoderReference.Erf(2.0), 1e-10);
        Assert.Equal(0.9999779095, EncoderReference.Erf(3.0), 1e-10);
        Assert.Equal(-0.8427007929, EncoderReference.Erf(-1.0), 1e-10);
    }

    [Fact]
    public void Padding_positions_do_not_change_real_positions()
    {
        using var encoder = DistilBertConfig.Size(ModelSize.Tiny, vocabSize: 50).Build();
        encoder.eval();
        using var shortIds = tensor(new long[] { 7, 2, 33, 19 }, [1, 4]);
        using var paddedIds = tensor(new long[] { 7, 2, 33, 19, 44, 45 }, [1, 6]);
        using var shortMask = ones(1, 4, dtype: ScalarType.Bool);
        using var paddedMask = tensor(new[] { true, true, true, true, false, false }, [1, 6]);
        using var alone = encoder.call(shortIds, shortMask);
        using var padded = encoder.call(paddedIds, paddedMask);
        Assert.True(alone.allclose(padded[.., ..4], rtol: 1e-5, atol: 1e-5));
    }

    [Fact]
    public void Sequence_longer_than_the_position_table_is_a_clear_error()
    {
        using var encoder = new BertConfig { VocabSize = 20, Hidden = 8, Heads = 2, Layers = 1, IntermediateSize = 8, MaxPositionEmbeddings = 4 }.Build();
        var e = Assert.Throws<ArgumentException>(() => encoder.call(zeros(1, 5, dtype: ScalarType.Int64), ones(1, 5, dtype: ScalarType.Bool)));
        Assert.StartsWith("sequence length 5 exceeds max_position_embeddings (4)", e.Message);
    }
}
