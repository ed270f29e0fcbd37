using ClinicalNer.Models;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Models.Encoders.DistilBert;
using ClinicalNer.Runtime;

namespace ClinicalNer.Tests.Models;

/// <summary>Parameter counts against the paper's Table I (19 labels: head 14,611, CRF 399).</summary>
public class ParameterCountTests
{
    public ParameterCountTests() => TorchRuntime.EnsureLoaded();

    [Trait("Category", "Integration")]
    [Theory]
    [InlineData(TaggingHead.Crf, 65_205_922)]
    [InlineData(TaggingHead.Apt, 65_205_523)]
    public void Paper_size_transformer_has_the_papers_parameter_count(TaggingHead head, long expected) =>
        Assert.Equal(expected, TokenTagger.ParameterCount(DistilBertConfig.Size(ModelSize.Paper), 19, head));

    [Trait("Category", "Integration")]
    [Theory]
    [InlineData(nameof(PaperConfigs.BertBaseCased), TaggingHead.Crf, 108_325_282)]
    [InlineData(nameof(PaperConfigs.BertBaseCased), TaggingHead.Apt, 108_324_883)]
    [InlineData(nameof(PaperConfigs.BioBertBaseCasedV12), TaggingHead.Crf, 108_325_282)]
    [InlineData(nameof(PaperConfigs.BioBertBaseCasedV12), TaggingHead.Apt, 108_324_883)]
    [InlineData(nameof(PaperConfigs.MedicalAiClinicalBert), TaggingHead.Crf, 134_749_090)]
    [InlineData(nameof(PaperConfigs.MedicalAiClinicalBert), TaggingHead.Apt, 134_748_691)]
    public void Pretrained_architectures_from_config_json_have_table_I_counts(string configName, TaggingHead head, long expected)
    {
        var json = (string)typeof(PaperConfigs).GetField(configName)!.GetValue(null)!;
        Assert.Equal(expected, TokenTagger.ParameterCount(EncoderConfig.Parse(json, configName), 19, head));
    }

    [Trait("Category", "Integration")]
    [Fact]
    public void Counting_on_the_meta_device_equals_counting_allocated_weights()
    {
        // The paper size once with real memory (65M floats), so the meta-device count is shown to be the real one.
        using var tagger = TokenTagger.Create(DistilBertConfig.Size(ModelSize.Paper), 19, TaggingHead.Crf);
        Assert.Equal(65_205_922, tagger.parameters().Sum(p => p.numel()));
        Assert.Equal(65_190_912, tagger.Encoder.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void Mini_size_is_four_layers_of_width_64_with_an_ffn_of_256()
    {
        // By hand: word and position embeddings and their LayerNorm, then per layer four 64x64 projections with
        // biases, two LayerNorms and the 64-256-64 feed-forward.
        const long embeddings = 28_996 * 64 + 512 * 64 + 2 * 64;
        const long layer = 4 * (64 * 64 + 64) + 2 * (2 * 64) + (64 * 256 + 256) + (256 * 64 + 64);
        Assert.Equal(embeddings + 4 * layer, DistilBertConfig.Size(ModelSize.Mini).ParameterCount());
    }

    [Trait("Category", "Integration")]
    [Fact]
    public void Encoder_counts_match_the_published_encoder_sizes()
    {
        Assert.Equal(65_190_912, DistilBertConfig.Size(ModelSize.Paper).ParameterCount());
        Assert.Equal(108_310_272, EncoderConfig.Parse(PaperConfigs.BertBaseCased).ParameterCount());
        Assert.Equal(134_734_080, EncoderConfig.Parse(PaperConfigs.MedicalAiClinicalBert).ParameterCount());
    }
}
