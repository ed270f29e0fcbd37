using ClinicalNer.Models.Checkpoints;
using ClinicalNer.Models.Encoders.Bert;
using ClinicalNer.Models.Hub;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Text.WordPiece;
using static TorchSharp.torch;

namespace ClinicalNer.Sample.Checkpoints;

/// <summary>
/// Writes a tiny BERT checkpoint with random weights in the Hugging Face layout (<c>config.json</c>, <c>vocab.txt</c>,
/// <c>tokenizer_config.json</c>, <c>model.safetensors</c>), its WordPiece vocabulary learned from the given texts so
/// that it can tag them. It stands in for a downloaded checkpoint where none is cached (notebooks, demonstrations):
/// the loading and fine-tuning code paths are the real ones, only the weights carry no pre-training.
/// </summary>
public static class TinyCheckpointWriter
{
    /// <summary>The architecture: two layers of width 32, positions for 128 sub-tokens; the vocabulary size is set by <see cref="Write"/>.</summary>
    public static BertConfig Config { get; } = new() { Hidden = 32, Layers = 2, Heads = 2, IntermediateSize = 64, MaxPositionEmbeddings = 128 };

    /// <summary>Writes the checkpoint into <paramref name="folder"/> (created if needed) and returns the folder.</summary>
    /// <param name="folder">Target folder; its checkpoint files are overwritten.</param>
    /// <param name="texts">Text the vocabulary is learned from (cased, as <c>bert-base-cased</c>).</param>
    /// <param name="vocabSize">Upper bound of the learned vocabulary.</param>
    /// <param name="seed">Seed of the random weights (torch's global generator).</param>
    public static string Write(string folder, IEnumerable<string> texts, int vocabSize = 500, int seed = 1)
    {
        Directory.CreateDirectory(folder);
        var vocabulary = WordPieceTrainer.Train(texts, new WordPieceTrainerOptions { VocabSize = vocabSize, LowerCase = false });
        var vocabPath = Path.Combine(folder, CheckpointFiles.Vocab);
        vocabulary.Write(vocabPath);
        var config = Config with { VocabSize = File.ReadLines(vocabPath).Count() };
        File.WriteAllText(Path.Combine(folder, CheckpointFiles.Config), config.ToJson());
        File.WriteAllText(Path.Combine(folder, CheckpointFiles.TokenizerConfig), "{\"do_lower_case\": false}");
        random.manual_seed(seed);
        using var encoder = config.Build();
        SafetensorsFile.Save(encoder, Path.Combine(folder, CheckpointFiles.Safetensors));
        return folder;
    }
}
