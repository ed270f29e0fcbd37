using ClinicalNer.Models;
using ClinicalNer.Models.Checkpoints;
using ClinicalNer.Models.Hub;
using ClinicalNer.Runtime;
using ClinicalNer.Sample.Checkpoints;

namespace ClinicalNer.Tests.Models.Checkpoints;

/// <summary>The library's tiny checkpoint loads as a Hugging Face checkpoint whose vocabulary spells its texts.</summary>
public class TinyCheckpointWriterTests
{
    public TinyCheckpointWriterTests() => TorchRuntime.EnsureLoaded();

    static readonly string[] Texts = ["Take Aspirin 81 mg daily.", "Metoprolol 25 mg twice daily for hypertension."];

    [Fact]
    public void Written_checkpoint_loads_with_its_weights_and_a_cased_vocabulary_of_its_texts()
    {
        using var dir = new TempDir();
        var folder = TinyCheckpointWriter.Write(dir.Path, Texts, vocabSize: 120, seed: 5);

        var loaded = PretrainedEncoder.Load(folder, new HubOptions { CacheDirectory = folder, Offline = true });

        var vocabulary = File.ReadAllLines(Path.Combine(folder, CheckpointFiles.Vocab));
        Assert.Equal(TinyCheckpointWriter.Config with { VocabSize = vocabulary.Length }, loaded.Config);
        Assert.False(loaded.LowerCase);
        var ids = loaded.Tokenizer.EncodeToIds(string.Join(' ', Texts), addSpecialTokens: false);
        Assert.DoesNotContain(Array.IndexOf(vocabulary, "[UNK]"), ids);
        Assert.Contains("Aspirin", loaded.Tokenizer.Decode(ids));
        var file = SafetensorsFile.Read(Path.Combine(folder, CheckpointFiles.Safetensors));
        foreach (var (name, tensor) in loaded.Encoder.state_dict())
            Assert.True(tensor.equal(file[name]).all().item<bool>(), $"{name} differs from the file");
    }

    [Fact]
    public void Different_seeds_write_different_weights()
    {
        using var a = new TempDir();
        using var b = new TempDir();
        var first = SafetensorsFile.Read(Path.Combine(TinyCheckpointWriter.Write(a.Path, Texts, seed: 1), CheckpointFiles.Safetensors));
        var second = SafetensorsFile.Read(Path.Combine(TinyCheckpointWriter.Write(b.Path, Texts, seed: 2), CheckpointFiles.Safetensors));
        var key = first.Keys.First(k => k.Contains("word_embeddings"));
        Assert.False(first[key].equal(second[key]).all().item<bool>());
    }
}
