using System.Text.Json;
using ClinicalNer.Inference;
using ClinicalNer.Models;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Models.Encoders.Bert;
using ClinicalNer.Tests.Models.Checkpoints;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Corpora;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Text.WordPiece;
using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Tests.Training;

[Trait("Category", "Integration")]
public class FineTuningTests
{
    /// <summary>A tiny random checkpoint in the Hugging Face layout whose vocabulary is learned from the corpus, so that it can tag it.</summary>
    internal static string Checkpoint(string folder, string corpus, string modelType)
    {
        var words = BratFolderWords(Path.Combine(corpus, "train"));
        var vocabulary = WordPieceTrainer.Train(words, new WordPieceTrainerOptions { VocabSize = 300 });
        var vocabPath = Path.Combine(folder, "learned-vocab.txt");
        Directory.CreateDirectory(folder);
        vocabulary.Write(vocabPath);
        int size = File.ReadLines(vocabPath).Count();
        EncoderConfig config = modelType == BertConfig.Type
            ? TinyCheckpoint.Bert with { VocabSize = size, MaxPositionEmbeddings = 64 }
            : TinyCheckpoint.DistilBert with { VocabSize = size, MaxPositionEmbeddings = 64 };
        using var writer = TinyCheckpoint.Writer(config, seed: 3);
        TinyCheckpoint.Write(folder, config, TinyCheckpoint.HfStateDict(writer), WeightsFormat.Safetensors, lowerCase: false);
        File.Copy(vocabPath, Path.Combine(folder, "vocab.txt"), overwrite: true);
        return folder;
    }

    static IEnumerable<string> BratFolderWords(string folder) =>
        TaggedCorpus.FromBrat(folder).Sentences.Select(s => string.Join(' ', s.Tokens.Select(t => t.Text)));

    [Theory]
    [InlineData("bert-crf", "bert")]
    [InlineData("bert-apt", "distilbert")]
    public void Tiny_checkpoint_fine_tunes_end_to_end_through_train_evaluate_and_predict(string model, string modelType)
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 4, test: 1);
        var checkpoint = Checkpoint(Path.Combine(temp.Path, "checkpoint"), data, modelType);
        var config = TinyRun.Config(data, model, epochs: 1) with { Size = null, Encoder = checkpoint, SpecialTokens = true };

        var run = TrainingRun.Train(config, Path.Combine(temp.Path, "run"), resume: false, vocabFile: null, TextWriter.Null);

        Assert.True(File.Exists(run.File("COMPLETED")));
        Assert.Equal(File.ReadAllText(Path.Combine(checkpoint, "vocab.txt")), File.ReadAllText(run.VocabPath));
        Assert.Equal(modelType, EncoderConfig.Load(run.EncoderConfigPath).ModelType);
        Assert.Contains($"encoder {checkpoint} from {checkpoint}", File.ReadAllText(run.File("train.log")));
        var recorded = RunConfig.Load(run.ConfigPath);
        Assert.Equal(checkpoint, recorded.Encoder);
        Assert.True(recorded.SpecialTokens);

        var (reports, _) = RunEvaluation.Evaluate(run.Path, data);
        Assert.InRange(reports["subtoken"].Accuracy ?? -1, 0, 1);
        Assert.True(File.Exists(run.MetricsPath));

        var output = Path.Combine(temp.Path, "predicted");
        Assert.Equal(1, RunPrediction.Predict(run.Path, Path.Combine(data, "test"), output, confidence: false));
        Assert.Single(Directory.GetFiles(output, "*.ann"));
    }
}
