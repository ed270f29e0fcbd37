using ClinicalNer.Models;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Models.Encoders.BiLstm;
using ClinicalNer.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Tests.Models.Encoders;

public class BiLstmEncoderTests
{
    static readonly BiLstmConfig Tiny = BiLstmConfig.Size(ModelSize.Tiny, vocabSize: 30);

    public BiLstmEncoderTests() => TorchRuntime.EnsureLoaded();

    static Tensor Characters(long batch, long length, int seed)
    {
        var generator = new Random(seed);
        var characters = zeros(batch, length, CharacterCnn.MaxCharacters, dtype: ScalarType.Int64);
        for (long b = 0; b < batch; b++)
            for (long t = 0; t < length; t++)
                for (int c = 0; c < 1 + generator.Next(6); c++) characters[b, t, c] = 1 + generator.Next(120);
        return characters;
    }

    [Fact]
    public void Output_equals_a_brute_force_bidirectional_lstm_in_double_precision()
    {
        manual_seed(5);
        var config = Tiny with { CharFilters = 0, EmbeddingSize = 5, LstmSize = 3 };
        using var encoder = new BiLstmEncoder(config);
        encoder.eval();
        long[] tokens = [4, 17, 9, 2];
        var output = encoder.call(tensor(tokens, [1, 4]), ones(1, 4, dtype: ScalarType.Bool)).to(ScalarType.Float64); // [1, 4, 6]

        var w = encoder.state_dict().ToDictionary(p => p.Key, p => p.Value.to(ScalarType.Float64));
        var inputs = tokens.Select(t => w["word_embeddings.weight"][t]).ToArray();
        double[][] Run(string suffix, IEnumerable<int> order)
        {
            var states = new double[tokens.Length][];
            var h = zeros(3, dtype: ScalarType.Float64);
            var c = zeros(3, dtype: ScalarType.Float64);
            foreach (int t in order)
            {
                // PyTorch's gate order: input, forget, cell, output.
                var gates = w["lstm.weight_ih_l0" + suffix].matmul(inputs[t]) + w["lstm.bias_ih_l0" + suffix]
                          + w["lstm.weight_hh_l0" + suffix].matmul(h) + w["lstm.bias_hh_l0" + suffix]; // [12]
                var i = gates[..3].sigmoid();
                var f = gates[3..6].sigmoid();
                var g = gates[6..9].tanh();
                var o = gates[9..].sigmoid();
                c = f * c + i * g;
                h = o * c.tanh();
                states[t] = h.data<double>().ToArray();
            }
            return states;
        }
        var forward = Run("", Enumerable.Range(0, 4));
        var backward = Run("_reverse", Enumerable.Range(0, 4).Reverse());
        for (int t = 0; t < 4; t++)
        {
            var expected = forward[t].Concat(backward[t]).ToArray();
            var actual = output[0, t].data<double>().ToArray();
            for (int k = 0; k < 6; k++) Assert.Equal(expected[k], actual[k], 1e-6);
        }
    }

    [Fact]
    public void A_sentence_gets_the_same_vectors_alone_and_padded_beside_a_longer_one()
    {
        manual_seed(6);
        using var encoder = new BiLstmEncoder(Tiny);
        encoder.eval();
        var ids = tensor(new long[] { 3, 8, 5, 0, 0, 7, 2, 9, 11, 4 }, [2, 5]);
        var mask = tensor(new[] { true, true, true, false, false, true, true, true, true, true }, [2, 5]);
        var characters = Characters(2, 5, seed: 1);
        var together = encoder.Encode(ids, mask, characters); // [2, 5, 32]
        var alone = encoder.Encode(ids[..1, ..3], mask[..1, ..3], characters[..1, ..3]); // [1, 3, 32]
        Assert.True(alone[0].allclose(together[0, ..3], rtol: 0, atol: 1e-6));
        Assert.Equal(0, together[0, 3..].abs().max().item<float>()); // padding stays zero
    }

    [Fact]
    public void State_dict_keys_and_parameter_count_follow_the_configuration()
    {
        using var tagger = TokenTagger.Create(Tiny, 5, TaggingHead.Crf);
        string[] expected =
        [
            "bilstm.word_embeddings.weight", "bilstm.char_cnn.embeddings.weight", "bilstm.char_cnn.conv.weight", "bilstm.char_cnn.conv.bias",
            "bilstm.lstm.weight_ih_l0", "bilstm.lstm.weight_hh_l0", "bilstm.lstm.bias_ih_l0", "bilstm.lstm.bias_hh_l0",
            "bilstm.lstm.weight_ih_l0_reverse", "bilstm.lstm.weight_hh_l0_reverse", "bilstm.lstm.bias_ih_l0_reverse", "bilstm.lstm.bias_hh_l0_reverse",
            "classifier.weight", "classifier.bias", "crf.start_transitions", "crf.end_transitions", "crf.transitions",
        ];
        Assert.Equal(expected.Order(), tagger.state_dict().Keys.Order());
        // By hand: embeddings 30x16; characters 1024x24 + 8x24x3 + 8; per direction 4x16x(16+8) + 4x16x16 + 2x4x16;
        // classifier 32x5 + 5; CRF 5 + 5 + 5x5.
        long byHand = 30 * 16 + (1024 * 24 + 8 * 24 * 3 + 8) + 2 * (4 * 16 * 24 + 4 * 16 * 16 + 2 * 4 * 16) + (32 * 5 + 5) + (5 + 5 + 25);
        Assert.Equal(byHand, TokenTagger.ParameterCount(Tiny, 5, TaggingHead.Crf));
    }

    [Fact]
    public void Config_round_trips_through_json_without_derived_keys()
    {
        var json = Tiny.ToJson();
        Assert.Equal(Tiny, EncoderConfig.Parse(json));
        Assert.DoesNotContain("HiddenSize", json);
        Assert.Contains("\"model_type\": \"bilstm\"", json);
    }
}
