using ClinicalNer.Models;
using ClinicalNer.Models.Checkpoints;
using ClinicalNer.Models.Encoders.Bert;
using ClinicalNer.Models.Encoders.DistilBert;
using ClinicalNer.Models.Hub;
using ClinicalNer.Runtime;
using static TorchSharp.torch;

namespace ClinicalNer.Tests.Models.Checkpoints;

/// <summary>Tiny Hugging Face checkpoints of both architectures load into encoders that compute what the writer computed.</summary>
public class PretrainedEncoderTests
{
    public PretrainedEncoderTests() => TorchRuntime.EnsureLoaded();

    static PretrainedEncoder Load(string folder) => PretrainedEncoder.Load(folder, new HubOptions { CacheDirectory = folder, Offline = true });

    /// <summary>Writes a checkpoint from a random writer, edited by <paramref name="edit"/>, and loads it.</summary>
    static (float[] Expected, PretrainedEncoder Loaded) RoundTrip(TempDir dir, string modelType, WeightsFormat format, Action<Dictionary<string, Tensor>>? edit = null)
    {
        using var writer = TinyCheckpoint.Writer(TinyCheckpoint.Config(modelType), seed: 7);
        var weights = TinyCheckpoint.HfStateDict(writer);
        edit?.Invoke(weights);
        var loaded = Load(TinyCheckpoint.Write(dir.Path, writer.Config, weights, format));
        loaded.Encoder.eval();
        return (TinyCheckpoint.Outputs(writer), loaded);
    }

    static InvalidDataException LoadFails(string modelType, Action<Dictionary<string, Tensor>> edit)
    {
        using var dir = new TempDir();
        return Assert.Throws<InvalidDataException>(() => RoundTrip(dir, modelType, WeightsFormat.Safetensors, edit));
    }

    [Theory]
    [InlineData(BertConfig.Type, WeightsFormat.Safetensors)]
    [InlineData(BertConfig.Type, WeightsFormat.PytorchBin)]
    [InlineData(DistilBertConfig.Type, WeightsFormat.Safetensors)]
    [InlineData(DistilBertConfig.Type, WeightsFormat.PytorchBin)]
    public void Loaded_encoder_computes_the_writers_hidden_states(string modelType, WeightsFormat format)
    {
        using var dir = new TempDir();
        var (expected, loaded) = RoundTrip(dir, modelType, format);
        using var encoder = loaded.Encoder;
        Assert.Equal(TinyCheckpoint.Config(modelType), loaded.Config);
        Assert.Equal(expected, TinyCheckpoint.Outputs(encoder));
        // The same architecture freshly initialised computes something else, so the equality above is the weights'.
        using var fresh = loaded.Config.Build();
        fresh.eval();
        Assert.NotEqual(expected, TinyCheckpoint.Outputs(fresh));
    }

    [Fact]
    public void A_loaded_encoder_takes_a_tagging_head_under_hugging_faces_token_classification_keys()
    {
        using var dir = new TempDir();
        var (expected, loaded) = RoundTrip(dir, DistilBertConfig.Type, WeightsFormat.Safetensors);
        using var tagger = new TokenTagger(loaded.Encoder, labels: 3, TaggingHead.Crf);
        tagger.eval();
        var keys = tagger.state_dict().Keys.ToHashSet();
        Assert.Contains("distilbert.embeddings.word_embeddings.weight", keys);
        Assert.Contains("classifier.weight", keys);
        Assert.Contains("crf.transitions", keys);
        Assert.Equal(expected, TinyCheckpoint.Outputs(tagger.Encoder));
    }

    [Theory]
    [InlineData(BertConfig.Type, "cls.predictions.bias, cls.predictions.transform.LayerNorm.weight, cls.predictions.transform.dense.weight, bert.embeddings.position_ids")]
    [InlineData(DistilBertConfig.Type, "vocab_layer_norm.weight, vocab_projector.bias, vocab_transform.weight")]
    public void Pre_training_head_keys_are_skipped_with_a_notice(string modelType, string skipped)
    {
        using var dir = new TempDir();
        var (_, loaded) = RoundTrip(dir, modelType, WeightsFormat.Safetensors);
        loaded.Encoder.Dispose();
        var keys = skipped.Split(", ").Order(StringComparer.Ordinal);
        Assert.Equal([$"skipped {keys.Count()} checkpoint keys that are not the encoder's (pre-training heads, id buffers): {string.Join(", ", keys)}"], loaded.Notices);
    }

    [Theory]
    [InlineData(BertConfig.Type)]
    [InlineData(DistilBertConfig.Type)]
    public void Keys_without_the_model_prefix_load(string modelType)
    {
        using var dir = new TempDir();
        var prefix = modelType + ".";
        var (expected, loaded) = RoundTrip(dir, modelType, WeightsFormat.PytorchBin, weights =>
        {
            foreach (var key in weights.Keys.Where(k => k.StartsWith(prefix)).ToList())
                (weights[key[prefix.Length..]], _) = (weights[key], weights.Remove(key));
        });
        using var encoder = loaded.Encoder;
        Assert.Equal(expected, TinyCheckpoint.Outputs(encoder));
    }

    [Theory]
    [InlineData(BertConfig.Type)]
    [InlineData(DistilBertConfig.Type)]
    public void Legacy_gamma_and_beta_names_load_as_weight_and_bias(string modelType)
    {
        using var dir = new TempDir();
        var renamed = 0;
        var (expected, loaded) = RoundTrip(dir, modelType, WeightsFormat.Safetensors, weights =>
        {
            foreach (var key in weights.Keys.Where(k => k.StartsWith(modelType + ".") && (k.Contains("LayerNorm.") || k.Contains("layer_norm."))).ToList())
            {
                var legacy = key.EndsWith(".weight") ? key[..^".weight".Length] + ".gamma" : key[..^".bias".Length] + ".beta";
                (weights[legacy], _) = (weights[key], weights.Remove(key));
                renamed++;
            }
        });
        using var encoder = loaded.Encoder;
        Assert.True(renamed >= 6, $"only {renamed} keys renamed");
        Assert.Equal(expected, TinyCheckpoint.Outputs(encoder));
    }

    [Fact]
    public void A_missing_key_is_an_error_listing_it()
    {
        var error = LoadFails(BertConfig.Type, w => w.Remove("bert.encoder.layer.1.output.dense.bias"));
        Assert.Contains("model.safetensors: the weights do not fit the bert encoder of config.json; missing keys (1): encoder.layer.1.output.dense.bias (", error.Message);
    }

    [Fact]
    public void Unexpected_keys_are_an_error_listing_them()
    {
        var error = LoadFails(DistilBertConfig.Type, w =>
        {
            w["distilbert.transformer.layer.2.ffn.lin1.weight"] = zeros(12, 8);
            w["classifier.weight"] = zeros(3, 8);
        });
        Assert.Contains("; unexpected keys (2): classifier.weight, distilbert.transformer.layer.2.ffn.lin1.weight (", error.Message);
    }

    [Fact]
    public void A_key_given_with_and_without_prefix_is_an_error()
    {
        var error = LoadFails(BertConfig.Type, w => w["embeddings.word_embeddings.weight"] = w["bert.embeddings.word_embeddings.weight"]);
        Assert.Contains("keys given twice (1): bert.embeddings.word_embeddings.weight and embeddings.word_embeddings.weight (both embeddings.word_embeddings.weight)", error.Message);
    }

    [Fact]
    public void A_wrong_shape_names_the_key_and_both_shapes()
    {
        var error = LoadFails(BertConfig.Type, w => w["bert.embeddings.word_embeddings.weight"] = zeros(15, 8));
        Assert.EndsWith("model.safetensors: key bert.embeddings.word_embeddings.weight has shape [15, 8] in the checkpoint but the encoder's embeddings.word_embeddings.weight has [16, 8]", error.Message);
    }

    [Fact]
    public void A_bert_checkpoint_without_pooler_loads_with_a_notice()
    {
        using var dir = new TempDir();
        var (expected, loaded) = RoundTrip(dir, BertConfig.Type, WeightsFormat.Safetensors, w =>
        {
            w.Remove("bert.pooler.dense.weight");
            w.Remove("bert.pooler.dense.bias");
        });
        using var encoder = loaded.Encoder;
        Assert.Equal(expected, TinyCheckpoint.Outputs(encoder));
        Assert.Contains("the checkpoint has no pooler (pooler.dense.bias, pooler.dense.weight); it keeps its fresh initialisation (tagging does not use it)", loaded.Notices);
    }

    [Theory]
    [InlineData(false, 11)]
    [InlineData(true, 5)]
    public void Tokenizer_lower_cases_as_tokenizer_config_says(bool lowerCase, int aspirinId)
    {
        using var dir = new TempDir();
        using var writer = TinyCheckpoint.Writer(TinyCheckpoint.Bert, seed: 1);
        var loaded = Load(TinyCheckpoint.Write(dir.Path, TinyCheckpoint.Bert, TinyCheckpoint.HfStateDict(writer), WeightsFormat.Safetensors, lowerCase));
        loaded.Encoder.Dispose();
        Assert.Equal(lowerCase, loaded.LowerCase);
        Assert.Equal([aspirinId], loaded.Tokenizer.EncodeToIds("Aspirin", addSpecialTokens: false));
        Assert.Equal(new SpecialTokenIds(Cls: 2, Sep: 3, Pad: 0), loaded.SpecialTokens);
    }

    [Fact]
    public void Without_tokenizer_config_lower_casing_is_the_default_and_said()
    {
        using var dir = new TempDir();
        using var writer = TinyCheckpoint.Writer(TinyCheckpoint.DistilBert, seed: 1);
        var loaded = Load(TinyCheckpoint.Write(dir.Path, TinyCheckpoint.DistilBert, TinyCheckpoint.HfStateDict(writer), WeightsFormat.Safetensors, lowerCase: null));
        loaded.Encoder.Dispose();
        Assert.True(loaded.LowerCase);
        Assert.Contains("no do_lower_case in tokenizer_config.json: lower-casing, as Hugging Face's BertTokenizer does by default", loaded.Notices);
    }

    [Fact]
    public void A_corrupt_pytorch_bin_is_an_error_naming_the_file()
    {
        using var dir = new TempDir();
        dir.Write(CheckpointFiles.Config, TinyCheckpoint.Bert.ToJson());
        dir.Write(CheckpointFiles.Vocab, string.Join('\n', TinyCheckpoint.Vocabulary));
        var bin = dir.WriteBytes(CheckpointFiles.PytorchBin, [0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
        var error = Assert.Throws<InvalidDataException>(() => Load(dir.Path));
        Assert.StartsWith($"{bin}: not a readable state dictionary (", error.Message);
    }
}
