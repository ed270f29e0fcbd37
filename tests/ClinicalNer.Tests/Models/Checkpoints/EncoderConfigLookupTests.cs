using ClinicalNer.Models;
using ClinicalNer.Models.Checkpoints;
using ClinicalNer.Models.Encoders.DistilBert;
using ClinicalNer.Models.Hub;

namespace ClinicalNer.Tests.Models.Checkpoints;

/// <summary>Where <c>params</c> finds a configuration without weights.</summary>
public class EncoderConfigLookupTests
{
    [Fact]
    public void A_config_json_alone_in_the_hub_cache_is_found_by_model_id()
    {
        using var cache = new TempDir();
        cache.Write("models--org--tiny/refs/main", "abc123");
        var path = cache.Write("models--org--tiny/snapshots/abc123/config.json", TinyCheckpoint.Bert.ToJson());
        var found = EncoderConfigLookup.Find("org/tiny", new HubOptions { CacheDirectory = cache.Path, Offline = true });
        Assert.Equal(new LocatedEncoderConfig(TinyCheckpoint.Bert, path), found);
    }

    [Fact]
    public void Paper_models_need_no_cache()
    {
        using var cache = new TempDir();
        var found = EncoderConfigLookup.Find(PaperEncoders.MedicalAiClinicalBert, new HubOptions { CacheDirectory = cache.Path, Offline = true });
        Assert.Equal(119547, found.Config.VocabularySize);
        Assert.IsType<DistilBertConfig>(found.Config);
    }

    [Fact]
    public void An_unknown_model_offline_says_which_files_to_place_where()
    {
        using var cache = new TempDir();
        var error = Assert.Throws<CheckpointUnavailableException>(() =>
            EncoderConfigLookup.Find("org/absent", new HubOptions { CacheDirectory = cache.Path, Offline = true }));
        Assert.Contains(Path.Combine(cache.Path, "models--org--absent", "snapshots", "COMMIT", "config.json"), error.Message);
    }
}
