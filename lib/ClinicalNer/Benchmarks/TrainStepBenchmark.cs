using System.Text.Json.Serialization;
using ClinicalNer.Models;
using ClinicalNer.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Benchmarks;

/// <summary>Median time of one training step and the model's size, in the shape <c>bench train --json</c> prints.</summary>
/// <param name="StepMs">One step: forward, loss, backward, AdamW update.</param>
/// <param name="Parameters">Trainable parameters of the model.</param>
public sealed record TrainStepBenchmarkResult(
    [property: JsonPropertyName("step_ms")] double StepMs,
    [property: JsonPropertyName("params")] long Parameters);

/// <summary>Times full TransformerCRF (or -Apt) training steps on random token ids with full masks.</summary>
public static class TrainStepBenchmark
{
    /// <summary>Runs the benchmark.</summary>
    /// <param name="size">A <see cref="DistilBertConfig.SizeNames"/> architecture (vocabulary 28,996).</param>
    /// <param name="batch">Sequences per step.</param>
    /// <param name="length">Sub-tokens per sequence.</param>
    /// <param name="head">CRF (TransformerCRF) or Apt.</param>
    /// <param name="labels">Number of labels (19 in the paper).</param>
    /// <param name="threads">torch threads.</param>
    /// <param name="steps">Timed steps, after three warm-up steps.</param>
    /// <param name="seed">Seed of the initial weights, ids, labels and dropout.</param>
    public static TrainStepBenchmarkResult Run(string size = "paper", int batch = 8, int length = 48, TaggingHead head = TaggingHead.Crf,
        int labels = 19, int threads = 2, int steps = 5, long seed = 1)
    {
        if (batch < 1 || length < 1 || labels < 1 || threads < 1 || steps < 1)
            throw new ArgumentException("batch, length, labels, threads and steps must all be at least 1");
        var config = DistilBertConfig.Size(size);
        if (length > config.MaxPositionEmbeddings)
            throw new ArgumentException($"length {length} exceeds the model's {config.MaxPositionEmbeddings} positions");
        TorchRuntime.EnsureLoaded();
        set_num_threads(threads);
        manual_seed(seed);
        using var tagger = TokenTagger.Create(config, labels, head);
        tagger.train();
        using var optimizer = optim.AdamW(tagger.parameters(), lr: 1e-4, weight_decay: 0.01);
        using var ids = randint(config.VocabSize, [batch, length]);
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
