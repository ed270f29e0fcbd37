using System.Text.Json.Serialization;
using ClinicalNer.Models;
using ClinicalNer.Models.Checkpoints;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Models.Encoders.Bert;
using ClinicalNer.Models.Encoders.DistilBert;
using ClinicalNer.Runtime;
using ClinicalNer.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Benchmarks;

/// <summary>Median time of one training step and the model's size, in the shape <c>bench train --json</c> prints.</summary>
/// <param name="StepMs">One step: forward, loss, backward, AdamW update.</param>
/// <param name="Parameters">Trainable parameters of the model.</param>
public sealed record TrainStepBenchmarkResult(
    [property: JsonPropertyName("step_ms")] double StepMs,
    [property: JsonPropertyName("params")] long Parameters);

/// <summary>
/// Times full training steps of a tagger on random token ids with full masks: the from-scratch TransformerCRF (or
/// -Apt), or a pre-trained encoder's fine-tuning step.
/// </summary>
public static class TrainStepBenchmark
{
    /// <summary>Runs the benchmark on the from-scratch Transformer.</summary>
    /// <param name="size">The architecture (vocabulary 28,996).</param>
    /// <param name="batch">Sequences per step.</param>
    /// <param name="length">Sub-tokens per sequence.</param>
    /// <param name="head">CRF (TransformerCRF) or Apt.</param>
    /// <param name="labels">Number of labels (19 in the paper).</param>
    /// <param name="threads">torch threads.</param>
    /// <param name="steps">Timed steps, after three warm-up steps.</param>
    /// <param name="seed">Seed of the initial weights, ids, labels and dropout.</param>
    public static TrainStepBenchmarkResult Run(ModelSize size = ModelSize.Paper, int batch = 8, int length = 48, TaggingHead head = TaggingHead.Crf,
        int labels = 19, int threads = 2, int steps = 5, long seed = 1)
    {
        var config = DistilBertConfig.Size(size);
        Prepare(config, batch, length, labels, threads, steps, seed);
        using var tagger = TokenTagger.Create(config, labels, head);
        return Time(tagger, batch, length, labels, steps);
    }

    /// <summary>Runs the benchmark on a pre-trained encoder (a checkpoint folder or a model id, resolved as <c>--encoder</c> is), as one fine-tuning step.</summary>
    /// <param name="encoder">A checkpoint folder or a model id (<see cref="PretrainedEncoder.Load(string, Models.Hub.HubOptions?, Device?)"/>).</param>
    /// <param name="batch">Sequences per step.</param>
    /// <param name="length">Sub-tokens per sequence.</param>
    /// <param name="head">CRF or Apt.</param>
    /// <param name="labels">Number of labels (19 in the paper).</param>
    /// <param name="threads">torch threads.</param>
    /// <param name="steps">Timed steps, after three warm-up steps.</param>
    /// <param name="seed">Seed of the head's weights, ids, labels and dropout.</param>
    public static TrainStepBenchmarkResult RunPretrained(string encoder, int batch = 16, int length = 48, TaggingHead head = TaggingHead.Crf,
        int labels = 19, int threads = 2, int steps = 5, long seed = 1)
    {
        TorchRuntime.EnsureLoaded();
        var pretrained = PretrainedEncoder.Load(encoder);
        Prepare(pretrained.Config, batch, length, labels, threads, steps, seed);
        using var tagger = new TokenTagger(pretrained.Encoder, labels, head);
        return Time(tagger, batch, length, labels, steps);
    }

    static void Prepare(EncoderConfig config, int batch, int length, int labels, int threads, int steps, long seed)
    {
        if (batch < 1 || length < 1 || labels < 1 || threads < 1 || steps < 1)
            throw new ArgumentException("batch, length, labels, threads and steps must all be at least 1");
        int positions = config switch { BertConfig b => b.MaxPositionEmbeddings, DistilBertConfig d => d.MaxPositionEmbeddings, _ => int.MaxValue };
        if (length > positions)
            throw new ArgumentException($"length {length} exceeds the model's {positions} positions");
        TorchRuntime.EnsureLoaded();
        set_num_threads(threads);
        manual_seed(seed);
    }

    static TrainStepBenchmarkResult Time(TokenTagger tagger, int batch, int length, int labels, int steps)
    {
        tagger.train();
        using var optimizer = new AdamW(tagger.parameters(), lr: 1e-4, weightDecay: 0.01);
        using var ids = randint(tagger.Encoder.Config.VocabularySize, [batch, length]);
        using var mask = ones(batch, length, dtype: ScalarType.Bool);
        using var gold = randint(labels, [batch, length]);

        var stepMs = MedianTimer.Milliseconds(() =>
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            tagger.forward(ids, mask, gold).backward();
            optimizer.step();
        }, TimeSpan.Zero, steps);
        return new TrainStepBenchmarkResult(Math.Round(stepMs, 1), tagger.parameters().Sum(p => p.numel()));
    }
}
