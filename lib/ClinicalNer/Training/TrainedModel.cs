using ClinicalNer.Models;
using ClinicalNer.Runtime;
using ClinicalNer.Text;
using ClinicalNer.Models.Checkpoints;
using static TorchSharp.torch;

namespace ClinicalNer.Training;

/// <summary>A finished run's model loaded for prediction: the tagger with its best weights and its input encoder.</summary>
public sealed class TrainedModel : IDisposable
{
    TrainedModel(RunFolder run, RunConfig config, TokenTagger tagger, InputEncoder encoder, Device device) =>
        (Run, Config, Tagger, Encoder, Device) = (run, config, tagger, encoder, device);

    /// <summary>The run folder.</summary>
    public RunFolder Run { get; }

    /// <summary>The run's configuration.</summary>
    public RunConfig Config { get; }

    /// <summary>The tagger, in evaluation mode.</summary>
    public TokenTagger Tagger { get; }

    /// <summary>The input encoder (vocabulary, labels, windows).</summary>
    public InputEncoder Encoder { get; }

    /// <summary>Where the model lives.</summary>
    public Device Device { get; }

    /// <summary>Loads the model of run <paramref name="path"/> on <paramref name="device"/>.</summary>
    public static TrainedModel Load(string path, string device = "cpu")
    {
        TorchRuntime.EnsureLoaded();
        var run = RunFolder.Open(path);
        var config = RunConfig.Load(run.ConfigPath);
        var labels = run.ReadLabels();
        var encoderConfig = EncoderConfig.Load(run.EncoderConfigPath);
        var target = new Device(device);
        var tagger = TokenTagger.Create(encoderConfig, labels.Length, ModelKind.Head(config.Model), config.Constraints(labels), target);
        SafetensorsFile.Load(tagger, run.ModelPath);
        if (FiniteWeights.FirstNonFinite(tagger) is { } diverged)
        {
            tagger.Dispose();
            throw new InvalidDataException($"{run.ModelPath}: {diverged} holds NaN or infinite weights (the training diverged); it would predict nothing");
        }
        tagger.eval();
        var encoder = new InputEncoder(BertTokenizerFactory.FromFile(run.VocabPath, config.LowerCase), labels, config.Encoding(encoderConfig));
        return new TrainedModel(run, config, tagger, encoder, target);
    }

    /// <summary>Encodes and tags <paramref name="sentences"/>: [sentence][sub-token] label ids.</summary>
    public (SubtokenSequence[] Sequences, int[][] Predicted) Predict(IReadOnlyList<Sentence> sentences)
    {
        var sequences = sentences.Select(Encoder.Encode).ToArray();
        return (sequences, SubtokenPredictor.Predict(Tagger, Encoder, sequences, Device));
    }

    /// <inheritdoc />
    public void Dispose() => Tagger.Dispose();
}
