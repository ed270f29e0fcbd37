using System.Text.Json.Serialization;
using ClinicalNer.Models;
using ClinicalNer.Models.Crf;
using ClinicalNer.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Benchmarks;

/// <summary>Median times of the CRF's two costly operations, in the shape <c>bench crf --json</c> prints.</summary>
/// <param name="ForwardBackwardMs">One log-likelihood forward (sum reduction) plus its backward pass.</param>
/// <param name="ViterbiMs">One Viterbi decode of the same batch.</param>
public sealed record CrfBenchmarkResult(
    [property: JsonPropertyName("forward_backward_ms")] double ForwardBackwardMs,
    [property: JsonPropertyName("viterbi_ms")] double ViterbiMs);

/// <summary>Times <see cref="LinearChainCrf"/> on random float32 emissions with full masks, as pytorch-crf is usually timed.</summary>
public static class CrfBenchmark
{
    /// <summary>Runs the benchmark.</summary>
    /// <param name="tags">Number of tags K.</param>
    /// <param name="batch">Batch size B.</param>
    /// <param name="length">Sequence length T (every mask full).</param>
    /// <param name="threads">torch threads, also the CRF's workers over the batch.</param>
    /// <param name="iterations">Timed calls per operation (after a one-second warm-up each).</param>
    /// <param name="seed">Seed of the random emissions, tags and CRF scores.</param>
    public static CrfBenchmarkResult Run(int tags, int batch, int length, int threads = 2, int iterations = 200, long seed = 1)
    {
        if (tags < 1 || batch < 1 || length < 1 || threads < 1 || iterations < 1)
            throw new ArgumentException("tags, batch, length, threads and iterations must all be at least 1");
        TorchRuntime.EnsureLoaded();
        set_num_threads(threads);
        manual_seed(seed);
        using var crf = new LinearChainCrf(tags);
        using var emissions = randn(batch, length, tags).requires_grad_(true);
        using var gold = randint(tags, [batch, length]);
        using var mask = ones(batch, length, dtype: ScalarType.Bool);

        var forwardBackward = MedianTimer.Milliseconds(() =>
        {
            using var scope = NewDisposeScope();
            emissions.grad = null; // zero_grad(set_to_none): the gradient is stored, not added to a previous one
            crf.forward(emissions, gold, mask).backward();
        }, TimeSpan.FromSeconds(1), iterations);
        var viterbi = MedianTimer.Milliseconds(() =>
        {
            using var scope = NewDisposeScope();
            crf.Decode(emissions, mask);
        }, TimeSpan.FromSeconds(1), iterations);
        return new CrfBenchmarkResult(Math.Round(forwardBackward, 3), Math.Round(viterbi, 3));
    }
}
