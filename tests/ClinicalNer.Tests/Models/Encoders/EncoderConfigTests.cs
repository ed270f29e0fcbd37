using ClinicalNer.Models;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Models.Encoders.Bert;
using ClinicalNer.Models.Encoders.DistilBert;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Tests.Models.Encoders;

public class EncoderConfigTests
{
    [Fact]
    public void Model_type_picks_the_architecture_and_json_keys_fill_it()
    {
        var bert = Assert.IsType<BertConfig>(EncoderConfig.Parse(PaperConfigs.BertBaseCased));
        Assert.Equal((28996, 768, 12, 12, 3072, 1e-12, "gelu", 2), (bert.VocabSize, bert.Hidden, bert.Layers, bert.Heads, bert.IntermediateSize, bert.LayerNormEps, bert.HiddenAct, bert.TypeVocabSize));
        var distil = Assert.IsType<DistilBertConfig>(EncoderConfig.Parse(PaperConfigs.MedicalAiClinicalBert));
        Assert.Equal((119547, 768, 6, 12, 3072, "gelu"), (distil.VocabSize, distil.Dim, distil.Layers, distil.Heads, distil.HiddenDim, distil.ActivationName));
    }

    [Fact]
    public void Written_config_reads_back_equal()
    {
        var tiny = DistilBertConfig.Size(ModelSize.Tiny, vocabSize: 120);
        Assert.Equal(tiny, EncoderConfig.Parse(tiny.ToJson()));
        Assert.Contains("\"model_type\": \"distilbert\"", tiny.ToJson());
        var bert = new BertConfig { Hidden = 16, Heads = 4, Layers = 1, IntermediateSize = 20, LayerNormEps = 1e-7 };
        Assert.Equal(bert, EncoderConfig.Parse(bert.ToJson()));
    }

    [Fact]
    public void Position_embedding_type_is_spelled_as_hugging_face_spells_it_and_absent_means_absolute()
    {
        var relative = DistilBertConfig.Size(ModelSize.Tiny, vocabSize: 120) with { PositionEmbeddingType = PositionEmbeddingType.RelativeKeyQuery };
        Assert.Contains("\"position_embedding_type\": \"relative_key_query\"", relative.ToJson());
        Assert.Equal(relative, EncoderConfig.Parse(relative.ToJson()));
        var old = Assert.IsType<DistilBertConfig>(EncoderConfig.Parse(PaperConfigs.MedicalAiClinicalBert));
        Assert.Equal(PositionEmbeddingType.Absolute, old.PositionEmbeddingType);
        var e = Assert.Throws<InvalidDataException>(() => EncoderConfig.Parse("""{"model_type": "distilbert", "position_embedding_type": "rotary"}""", "e.json"));
        Assert.Contains("unknown position embedding type 'rotary'; position embedding types: absolute, relative_key, relative_key_query", e.Message);
    }

    [Fact]
    public void Unsupported_model_type_is_an_error_naming_the_file()
    {
        var e = Assert.Throws<InvalidDataException>(() => EncoderConfig.Parse("""{"model_type": "roberta"}""", "x/config.json"));
        Assert.Equal("x/config.json: model_type 'roberta' is not supported; supported: distilbert, bert, bilstm", e.Message);
        e = Assert.Throws<InvalidDataException>(() => EncoderConfig.Parse("""{"dim": 8}""", "y.json"));
        Assert.StartsWith("y.json: model_type '(missing)' is not supported", e.Message);
    }

    [Fact]
    public void Width_not_divisible_by_heads_is_an_error()
    {
        var e = Assert.Throws<InvalidDataException>(() => EncoderConfig.Parse("""{"model_type": "distilbert", "dim": 30, "n_heads": 4}"""));
        Assert.Equal("config.json: dim (30) must be a positive multiple of n_heads (4)", e.Message);
    }

    [Fact]
    public void Unknown_size_and_activation_are_errors_listing_the_choices()
    {
        var e = Assert.Throws<ArgumentException>(() => ClinicalNer.Training.Settings.SettingNames.Sizes.Parse("huge"));
        Assert.StartsWith("unknown size 'huge'; sizes: tiny, mini, small, paper", e.Message);
        var bad = Assert.Throws<InvalidDataException>(() => EncoderConfig.Parse("""{"model_type": "bert", "hidden_act": "swish"}"""));
        Assert.StartsWith("config.json: unsupported activation 'swish'; supported: gelu, relu, gelu_new", bad.Message);
    }
}
