using ClinicalNer.Models;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Tests.Models.Encoders;

public class CharacterCnnTests
{
    public CharacterCnnTests() => TorchRuntime.EnsureLoaded();

    [Fact]
    public void Ids_are_code_points_plus_one_and_rare_code_points_share_buckets()
    {
        Assert.Equal([1 + 'a', 1 + 'B', 1 + '5'], CharacterCnn.Ids("aB5"));
        Assert.Equal([1 + 0x3B1], CharacterCnn.Ids("α")); // Greek has ids of its own
        Assert.Equal([1 + 0x1F600 % 1023], CharacterCnn.Ids("😀")); // one code point, not two UTF-16 units
        Assert.Empty(CharacterCnn.Ids(""));
    }

    [Fact]
    public void Long_words_keep_their_first_and_last_characters()
    {
        const string word = "pneumonoultramicroscopicsilicovolcanoconiosis";
        var ids = CharacterCnn.Ids(word);
        Assert.Equal(CharacterCnn.MaxCharacters, ids.Length);
        Assert.Equal(word[..10].Select(c => 1 + c), ids[..10]);
        Assert.Equal(word[^10..].Select(c => 1 + c), ids[10..]);
    }

    [Fact]
    public void Features_equal_a_brute_force_convolution_and_max_per_word()
    {
        manual_seed(3);
        using var cnn = new CharacterCnn(4);
        cnn.ZeroPadding();
        var words = new[] { "Lasix", "q.d.", "x" };
        var characters = zeros(1, 4, CharacterCnn.MaxCharacters, dtype: ScalarType.Int64); // the last position has no word
        for (int t = 0; t < words.Length; t++)
        {
            var ids = CharacterCnn.Ids(words[t]);
            for (int c = 0; c < ids.Length; c++) characters[0, t, c] = ids[c];
        }
        var features = cnn.call(characters).to(ScalarType.Float64); // [1, 4, 4]

        var state = cnn.state_dict();
        var table = state["embeddings.weight"].to(ScalarType.Float64); // [512, E]
        var kernel = state["conv.weight"].to(ScalarType.Float64).reshape(4, CharacterCnn.EmbeddingSize, 3); // [F, E, 3]
        var bias = state["conv.bias"].to(ScalarType.Float64); // [F]
        for (int t = 0; t < words.Length; t++)
        {
            var ids = CharacterCnn.Ids(words[t]);
            for (int f = 0; f < 4; f++)
            {
                double best = double.NegativeInfinity;
                for (int c = 0; c < ids.Length; c++)
                {
                    double sum = bias[f].item<double>();
                    for (int k = 0; k < 3; k++)
                    {
                        int at = c + k - 1; // width 3, zero padding of 1 on each side of the word
                        if (at < 0 || at >= ids.Length) continue;
                        sum += (kernel[f, .., k] * table[ids[at]]).sum().item<double>();
                    }
                    best = Math.Max(best, sum);
                }
                Assert.Equal(best, features[0, t, f].item<double>(), 1e-5);
            }
        }
        Assert.All(features[0, 3].data<double>().ToArray(), v => Assert.Equal(0, v));
    }

    [Fact]
    public void A_words_features_do_not_depend_on_its_neighbours_in_the_batch()
    {
        manual_seed(4);
        using var cnn = new CharacterCnn(6);
        cnn.ZeroPadding();
        Tensor Row(params string[] words)
        {
            var row = zeros(1, words.Length, CharacterCnn.MaxCharacters, dtype: ScalarType.Int64);
            for (int t = 0; t < words.Length; t++)
                foreach (var (id, c) in CharacterCnn.Ids(words[t]).Select((id, c) => (id, c))) row[0, t, c] = id;
            return row;
        }
        var alone = cnn.call(Row("mg"));
        var beside = cnn.call(Row("hydrochlorothiazide", "mg"));
        var below = cnn.call(cat([Row("hydrochlorothiazide", "q.d."), Row("x", "mg")], 0)); // another row of the batch
        Assert.True(alone[0, 0].allclose(beside[0, 1], rtol: 0, atol: 1e-6));
        Assert.True(alone[0, 0].allclose(below[1, 1], rtol: 0, atol: 1e-6));
    }
}
