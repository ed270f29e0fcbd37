using ClinicalNer.Corpus;
using ClinicalNer.Inputs;
using ClinicalNer.Models;
using ClinicalNer.Models.Checkpoints;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Runtime;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Text.WordPiece;
using ClinicalNer.Training;
using ClinicalNer.Training.Runs;
using ClinicalNer.Training.Settings;
using static TorchSharp.torch;

namespace ClinicalNer.Inference;

/// <summary>A finished run's model loaded for prediction: the tagger with its best weights and how its inputs are built.</summary>
public sealed class TrainedModel : IDisposable
{
    TrainedModel(RunFolder run, RunConfig config, TokenTagger tagger, InputBuilder inputs, Device device) =>
        (Run, Config, Tagger, Inputs, Device) = (run, config, tagger, inputs, device);

    /// <summary>The run folder.</summary>
    public RunFolder Run { get; }

    /// <summary>The run's configuration.</summary>
    public RunConfig Config { get; }

    /// <summary>The tagger, in evaluation mode.</summary>
    public TokenTagger Tagger { get; }

    /// <summary>How its sentences become inputs (vocabulary, labels, windows).</summary>
    public InputBuilder Inputs { get; }

    /// <summary>Where the model lives.</summary>
    public Device Device { get; }

    /// <summary>Loads the model of run <paramref name="path"/> on <paramref name="device"/>.</summary>
    public static TrainedModel Load(string path, ComputeDevice device = ComputeDevice.Cpu)
    {
        TorchRuntime.EnsureLoaded();
        var run = RunFolder.Open(path);
        var config = RunConfig.Load(run.ConfigPath);
        var labels = run.ReadLabels();
        var encoderConfig = EncoderConfig.Load(run.EncoderConfigPath);
        var target = device.Torch();
        var tagger = TokenTagger.Create(encoderConfig, labels.Length, config.Model.Head(), config.Constraints(labels), target);
        SafetensorsFile.Load(tagger, run.ModelPath);
        if (FiniteWeights.FirstNonFinite(tagger) is { } diverged)
        {
            tagger.Dispose();
            throw new InvalidDataException($"{run.ModelPath}: {diverged} holds NaN or infinite weights (the training diverged); it would predict nothing");
        }
        tagger.eval();
        var inputs = new InputBuilder(BertTokenizerFactory.FromFile(run.VocabPath, config.LowerCase), labels, config.Inputs(encoderConfig));
        return new TrainedModel(run, config, tagger, inputs, target);
    }

    /// <summary>Builds the inputs of <paramref name="sentences"/> and tags them: [sentence][sub-token] label ids.</summary>
    public (SubtokenSequence[] Sequences, int[][] Predicted) Predict(IReadOnlyList<Sentence> sentences)
    {
        var sequences = sentences.Select(Inputs.Build).ToArray();
        return (sequences, SubtokenPredictor.Predict(Tagger, Inputs, sequences, Device));
    }

    /// <summary>
    /// Tags a raw note: splits it into sentences, predicts their tags and decodes them into entities with offsets in
    /// <paramref name="text"/>; with <paramref name="confidence"/>, each entity's confidence too (else none).
    /// </summary>
    /// <param name="id">The note's document id (entities are numbered within it).</param>
    /// <param name="text">The note's text.</param>
    /// <param name="confidence">
    /// Compute each entity's confidence: the mean, over the entity's sub-tokens, of the probability the model gives
    /// its label (CRF marginal or softmax); one more pass over the note.
    /// </param>
    public (Document Document, double[] Confidences) Tag(string id, string text, bool confidence)
    {
        var sentences = SentenceSplitter.Split(id, text);
        var (sequences, predicted) = Predict(sentences);
        var tagged = sentences.Select((s, i) => s with { Tags = [.. SubtokenPredictor.WordTags(predicted[i], sequences[i], Inputs, s.Tokens.Length)] });
        var document = BioDecoder.ToDocument(id, text, tagged);
        return (document, confidence ? Confidences(document, sentences, sequences, predicted) : []);
    }

    double[] Confidences(Document document, IReadOnlyList<Sentence> sentences, SubtokenSequence[] sequences, int[][] predicted)
    {
        var probabilities = SubtokenConfidence.Of(Tagger, Inputs, sequences, predicted, Device);
        return [.. document.Entities.Select(entity =>
        {
            double sum = 0;
            int count = 0;
            for (int s = 0; s < sentences.Count; s++)
            {
                var tokens = sentences[s].Tokens;
                for (int k = 0; k < sequences[s].Length; k++)
                {
                    var token = tokens[sequences[s].WordIndices[k]];
                    if (token.Start < entity.Start || token.End > entity.End) continue;
                    sum += probabilities[s][k];
                    count++;
                }
            }
            return count == 0 ? 0 : sum / count;
        })];
    }

    /// <inheritdoc />
    public void Dispose() => Tagger.Dispose();
}
