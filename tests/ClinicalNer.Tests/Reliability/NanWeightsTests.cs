using System.Buffers.Binary;
using ClinicalNer.Models;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Models.Encoders.DistilBert;
using ClinicalNer.Tests.Experiments.Cluster;
using ClinicalNer.Tests.Training;
using ClinicalNer.Training;
using ClinicalNer.Training.Runs;
using ClinicalNer.Training.Settings;
using TorchSharp;

namespace ClinicalNer.Tests.Reliability;

/// <summary>Weights that turned NaN: training stops and says so, and a model holding them is refused rather than predicting nothing.</summary>
[Trait("Category", "Integration")]
public class NanWeightsTests(TrainedRunFixture trained) : IClassFixture<TrainedRunFixture>
{
    [Fact]
    public void Weights_that_became_nan_stop_training_before_a_checkpoint_is_saved()
    {
        using var temp = new TempDir();
        var run = RunFolder.Create(Path.Combine(temp.Path, "run"));
        using var tagger = TokenTagger.Create(DistilBertConfig.Size(ModelSize.Tiny, 50), 3, TaggingHead.Apt);
        using (torch.no_grad()) tagger.parameters().Last().fill_(double.NaN);
        using var optimizer = torch.optim.AdamW(tagger.parameters());

        var e = Assert.Throws<TrainingDivergedException>(() => run.SaveCheckpoint(tagger, optimizer, new TrainingState(1, 1, 1, 0.5, []), best: true));

        Assert.Contains("became NaN or infinite in epoch 1; lower --lr", e.Message);
        Assert.False(Directory.Exists(run.File("checkpoint")));
        Assert.False(File.Exists(run.ModelPath));
    }

    [Fact]
    public void Evaluate_and_predict_refuse_a_model_with_nan_weights_in_one_line()
    {
        using var temp = new TempDir();
        var run = trained.CopyTo(Path.Combine(temp.Path, "run"));
        var model = Path.Combine(run, "model.safetensors");
        // The first value of the data section (whichever tensor starts there) becomes a float32 NaN.
        var bytes = File.ReadAllBytes(model);
        var dataStart = 8 + (int)BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(dataStart), float.NaN);
        File.WriteAllBytes(model, bytes);
        var tagged = Path.Combine(temp.Path, "tagged");

        Assert.Contains("holds NaN or infinite weights", OneLine.Names(model, BuiltCli.Run(["evaluate", "--run", run, "--data", trained.Data])));
        Assert.Contains("holds NaN or infinite weights", OneLine.Names(model, BuiltCli.Run(["predict", "--run", run, "--input", Path.Combine(trained.Data, "test"), "--out", tagged])));
        Assert.False(Directory.Exists(tagged));
        Assert.False(File.Exists(Path.Combine(run, "metrics.json")));
    }
}
