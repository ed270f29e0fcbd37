using ClinicalNer.Models;
using ClinicalNer.Models.Checkpoints;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Models.Encoders.DistilBert;
using ClinicalNer.Runtime;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace ClinicalNer.Tests.Models.Checkpoints;

/// <summary>The workbench's own safetensors reader and writer against TorchSharp.PyBridge's, in both directions.</summary>
public class SafetensorsFileTests
{
    static readonly DistilBertConfig Tiny = DistilBertConfig.Size(ModelSize.Tiny, vocabSize: 40) with { Layers = 1 };

    public SafetensorsFileTests() => TorchRuntime.EnsureLoaded();

    // Each tagger is freshly and randomly initialised, so two of them differ in every weight matrix.
    static TokenTagger Tagger() => TokenTagger.Create(Tiny, 5, TaggingHead.Crf);

    static void AssertSameState(nn.Module expected, nn.Module actual)
    {
        var a = expected.state_dict();
        var b = actual.state_dict();
        Assert.Equal(a.Keys.Order(StringComparer.Ordinal), b.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, tensor) in a) Assert.True(tensor.equal(b[key]).all().item<bool>(), key);
    }

    [Fact]
    public void A_file_written_here_loads_in_pybridge_with_every_value_and_back()
    {
        using var temp = new TempDir();
        var path = Path.Combine(temp.Path, "w.safetensors");
        using var saved = Tagger();
        SafetensorsFile.Save(saved, path);

        using var viaPyBridge = Tagger();
        Assert.False(saved.Crf!.Transitions.equal(viaPyBridge.Crf!.Transitions).all().item<bool>());
        viaPyBridge.load_safetensors(path);
        AssertSameState(saved, viaPyBridge);
        using var viaOwn = Tagger();
        SafetensorsFile.Load(viaOwn, path);
        AssertSameState(saved, viaOwn);
    }

    [Fact]
    public void A_file_written_by_pybridge_loads_here()
    {
        using var temp = new TempDir();
        var path = Path.Combine(temp.Path, "p.safetensors");
        using var saved = Tagger();
        saved.save_safetensors(path);

        using var loaded = Tagger();
        SafetensorsFile.Load(loaded, path);
        AssertSameState(saved, loaded);
        var read = SafetensorsFile.Read(path);
        Assert.Equal(ScalarType.Float32, read["classifier.weight"].dtype);
        foreach (var tensor in read.Values) tensor.Dispose();
    }

    [Fact]
    public void A_file_of_another_model_is_refused_naming_the_key()
    {
        using var temp = new TempDir();
        var path = Path.Combine(temp.Path, "apt.safetensors");
        using (var apt = TokenTagger.Create(Tiny, 5, TaggingHead.Apt)) SafetensorsFile.Save(apt, path);
        using var crf = Tagger();
        var e = Assert.Throws<InvalidDataException>(() => SafetensorsFile.Load(crf, path));
        Assert.Contains("no tensor 'crf.", e.Message);
        File.WriteAllBytes(path, [1, 2, 3]);
        Assert.Contains("too short", Assert.Throws<InvalidDataException>(() => SafetensorsFile.Load(crf, path)).Message);
    }
}
