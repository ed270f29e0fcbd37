using ClinicalNer.Models;
using ClinicalNer.Models.Crf;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Models.Encoders.Bert;
using ClinicalNer.Models.Encoders.DistilBert;
using ClinicalNer.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Tests.Models;

public class TokenTaggerTests
{
    static readonly DistilBertConfig Tiny = DistilBertConfig.Size(ModelSize.Tiny, vocabSize: 40) with { MaxPositionEmbeddings = 16 };

    public TokenTaggerTests() => TorchRuntime.EnsureLoaded();

    static (Tensor Ids, Tensor Mask, Tensor Labels) Batch()
    {
        var ids = tensor(new long[] { 5, 9, 3, 12, 8, 2, 30, 0, 0, 0 }, [2, 5]);
        var mask = tensor(new[] { true, true, true, true, true, true, true, false, false, false }, [2, 5]);
        var labels = tensor(new long[] { 0, 1, 2, 0, 1, 2, 2, 0, 0, 0 }, [2, 5]);
        return (ids, mask, labels);
    }

    [Fact]
    public void State_dict_keys_are_hugging_faces_token_classification_keys()
    {
        using var tagger = TokenTagger.Create(Tiny with { Layers = 1 }, 3, TaggingHead.Crf);
        const string L = "distilbert.transformer.layer.0.";
        string[] expected =
        [
            "distilbert.embeddings.word_embeddings.weight", "distilbert.embeddings.position_embeddings.weight",
            "distilbert.embeddings.LayerNorm.weight", "distilbert.embeddings.LayerNorm.bias",
            L + "attention.q_lin.weight", L + "attention.q_lin.bias", L + "attention.k_lin.weight", L + "attention.k_lin.bias",
            L + "attention.v_lin.weight", L + "attention.v_lin.bias", L + "attention.out_lin.weight", L + "attention.out_lin.bias",
            L + "sa_layer_norm.weight", L + "sa_layer_norm.bias", L + "ffn.lin1.weight", L + "ffn.lin1.bias",
            L + "ffn.lin2.weight", L + "ffn.lin2.bias", L + "output_layer_norm.weight", L + "output_layer_norm.bias",
            "classifier.weight", "classifier.bias", "crf.start_transitions", "crf.end_transitions", "crf.transitions",
        ];
        Assert.Equal(expected.Order(), tagger.state_dict().Keys.Order());
    }

    [Fact]
    public void Bert_state_dict_keys_are_hugging_faces_keys()
    {
        using var tagger = TokenTagger.Create(new BertConfig { VocabSize = 30, Hidden = 8, Heads = 2, Layers = 1, IntermediateSize = 12, MaxPositionEmbeddings = 16 }, 3, TaggingHead.Apt);
        const string L = "bert.encoder.layer.0.";
        string[] expected =
        [
            "bert.embeddings.word_embeddings.weight", "bert.embeddings.position_embeddings.weight", "bert.embeddings.token_type_embeddings.weight",
            "bert.embeddings.LayerNorm.weight", "bert.embeddings.LayerNorm.bias",
            L + "attention.self.query.weight", L + "attention.self.query.bias", L + "attention.self.key.weight", L + "attention.self.key.bias",
            L + "attention.self.value.weight", L + "attention.self.value.bias", L + "attention.output.dense.weight", L + "attention.output.dense.bias",
            L + "attention.output.LayerNorm.weight", L + "attention.output.LayerNorm.bias", L + "intermediate.dense.weight", L + "intermediate.dense.bias",
            L + "output.dense.weight", L + "output.dense.bias", L + "output.LayerNorm.weight", L + "output.LayerNorm.bias",
            "bert.pooler.dense.weight", "bert.pooler.dense.bias", "classifier.weight", "classifier.bias",
        ];
        Assert.Equal(expected.Order(), tagger.state_dict().Keys.Order());
    }

    [Fact]
    public void Padding_token_embedding_starts_at_zero_and_other_weights_follow_hf_initialisation()
    {
        manual_seed(3);
        using var encoder = DistilBertConfig.Size(ModelSize.Small, vocabSize: 500).Build();
        var parameters = encoder.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        Assert.Equal(0f, parameters["embeddings.word_embeddings.weight"][0].abs().sum().item<float>());
        Assert.Equal(0.02, parameters["embeddings.word_embeddings.weight"][1..].std().item<float>(), 0.002);
        Assert.Equal(0.02, parameters["transformer.layer.0.ffn.lin1.weight"].std().item<float>(), 0.002);
        Assert.Equal(0f, parameters["transformer.layer.0.ffn.lin1.bias"].abs().sum().item<float>());
        Assert.Equal(1f, parameters["transformer.layer.0.sa_layer_norm.weight"].mean().item<float>());
    }

    [Fact]
    public void Apt_loss_is_cross_entropy_over_unpadded_positions()
    {
        manual_seed(4);
        using var tagger = TokenTagger.Create(Tiny, 3, TaggingHead.Apt);
        tagger.eval();
        var (ids, mask, labels) = Batch();
        var loss = tagger.forward(ids, mask, labels).item<float>();
        var emissions = tagger.Emissions(ids, mask).to(ScalarType.Float64).data<double>().ToArray();
        var (maskValues, labelValues) = (mask.data<bool>().ToArray(), labels.data<long>().ToArray());
        var terms = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            if (!maskValues[i]) continue;
            var row = emissions.AsSpan(i * 3, 3).ToArray();
            var logSum = Math.Log(row.Sum(Math.Exp));
            terms.Add(logSum - row[labelValues[i]]);
        }
        Assert.Equal(terms.Average(), loss, 1e-5);
    }

    [Fact]
    public void Crf_loss_is_the_batch_mean_negative_log_likelihood_over_unpadded_positions()
    {
        manual_seed(5);
        using var tagger = TokenTagger.Create(Tiny, 3, TaggingHead.Crf);
        tagger.eval();
        var (ids, mask, labels) = Batch();
        var loss = tagger.forward(ids, mask, labels).item<float>();
        var expected = -tagger.Crf!.forward(tagger.Emissions(ids, mask), labels, mask, CrfReduction.Mean).item<float>();
        Assert.Equal(expected, loss, 1e-5);
    }

    [Fact]
    public void Label_mask_runs_the_crf_over_the_labelled_positions_packed_left()
    {
        manual_seed(6);
        using var tagger = TokenTagger.Create(Tiny, 3, TaggingHead.Crf);
        tagger.eval();
        var (ids, mask, labels) = Batch();
        // First sub-token labelling: positions 0, 2, 3 of row 0 and 0, 1 of row 1 carry labels.
        using var labelMask = tensor(new[] { true, false, true, true, false, true, true, false, false, false }, [2, 5]);
        var loss = tagger.forward(ids, mask, labels, labelMask).item<float>();
        var emissions = tagger.Emissions(ids, mask); // [2, 5, 3]
        using var packedEmissions = stack([emissions[0, tensor(new long[] { 0, 2, 3 })], emissions[1, tensor(new long[] { 0, 1, 0 })]]);
        using var packedLabels = tensor(new long[] { 0, 2, 0, 2, 2, 0 }, [2, 3]);
        using var packedMask = tensor(new[] { true, true, true, true, true, false }, [2, 3]);
        var expected = -tagger.Crf!.forward(packedEmissions, packedLabels, packedMask, CrfReduction.Mean).item<float>();
        Assert.Equal(expected, loss, 1e-5);
        var decoded = tagger.Decode(ids, mask, labelMask);
        Assert.Equal(tagger.Crf.Decode(packedEmissions, packedMask), decoded);
        Assert.Equal([3, 2], decoded.Select(p => p.Length));
    }

    [Fact]
    public void Apt_decoding_is_the_argmax_at_each_real_position()
    {
        manual_seed(7);
        using var tagger = TokenTagger.Create(Tiny, 3, TaggingHead.Apt);
        tagger.eval();
        var (ids, mask, _) = Batch();
        var argmax = tagger.Emissions(ids, mask).argmax(-1).data<long>().ToArray();
        var decoded = tagger.Decode(ids, mask);
        Assert.Equal(argmax[..5].Select(v => (int)v), decoded[0]);
        Assert.Equal(argmax[5..7].Select(v => (int)v), decoded[1]);
    }

    [Theory]
    [InlineData(TaggingHead.Apt)]
    [InlineData(TaggingHead.Crf)]
    public void Tiny_tagger_learns_a_token_to_label_mapping_in_a_few_dozen_steps(TaggingHead head)
    {
        // Label = id mod 3: learnable from the token alone, so both heads must fit it exactly.
        manual_seed(8);
        using var tagger = TokenTagger.Create(Tiny, 3, head);
        var optimizer = optim.AdamW(tagger.parameters(), lr: 1e-2);
        var generator = new Generator(9);
        using var ids = randint(1, 40, [8, 10], generator: generator);
        using var mask = ones(8, 10, dtype: ScalarType.Bool);
        using var labels = ids.remainder(3);
        tagger.train();
        for (var step = 0; step < 60; step++)
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            tagger.forward(ids, mask, labels).backward();
            optimizer.step();
        }
        tagger.eval();
        var predicted = tagger.Decode(ids, mask).SelectMany(p => p).ToArray();
        Assert.Equal(labels.data<long>().ToArray().Select(v => (int)v), predicted);
    }
}
