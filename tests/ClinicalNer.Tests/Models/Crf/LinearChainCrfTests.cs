using ClinicalNer.Models;
using ClinicalNer.Models.Crf;
using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Tests.Models.Crf;

public class LinearChainCrfTests
{
    public static TheoryData<int, int, int> Sizes => new() { { 1, 2, 3 }, { 2, 1, 4 }, { 3, 4, 5 }, { 4, 3, 4 }, { 5, 5, 3 }, { 6, 2, 6 } };

    static double[] PerSequence(LinearChainCrf crf, CrfCase c)
    {
        using var llh = crf.forward(c.EmissionTensor(), c.TagTensor(), c.MaskTensor(), CrfReduction.None);
        return llh.data<double>().ToArray();
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Log_likelihood_equals_brute_force_over_all_paths(int seed, int tags, int length)
    {
        var c = new CrfCase(seed, batch: 4, length, tags);
        var llh = PerSequence(c.Crf(), c);
        for (var b = 0; b < c.Batch; b++)
            Assert.Equal(CrfBruteForce.LogLikelihood(c, b), llh[b], 1e-10);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Log_partition_equals_brute_force_over_all_paths(int seed, int tags, int length)
    {
        // The gold path's own score is a sum the test can form directly: log Z = score(gold) - log-likelihood.
        var c = new CrfCase(seed, batch: 4, length, tags);
        var llh = PerSequence(c.Crf(), c);
        for (var b = 0; b < c.Batch; b++)
            Assert.Equal(CrfBruteForce.LogPartition(c, b), CrfBruteForce.PathScore(c, b, c.GoldPath(b)) - llh[b], 1e-10);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Viterbi_path_is_the_brute_force_best_path(int seed, int tags, int length)
    {
        var c = new CrfCase(seed, batch: 5, length, tags);
        var paths = c.Crf().Decode(c.EmissionTensor(), c.MaskTensor());
        for (var b = 0; b < c.Batch; b++)
            Assert.Equal(CrfBruteForce.BestPath(c, b), paths[b]);
    }

    [Fact]
    public void Sharp_scores_stay_finite_and_exact()
    {
        // Emissions spread over +-300: exp-space without scaling would overflow even in double precision.
        var c = new CrfCase(seed: 7, batch: 3, length: 4, tags: 4, spread: 300);
        var crf = c.Crf();
        var llh = PerSequence(crf, c);
        var paths = crf.Decode(c.EmissionTensor(), c.MaskTensor());
        for (var b = 0; b < c.Batch; b++)
        {
            Assert.Equal(CrfBruteForce.LogLikelihood(c, b), llh[b], 1e-8);
            Assert.Equal(CrfBruteForce.BestPath(c, b), paths[b]);
        }
    }

    [Fact]
    public void Emissions_far_below_zero_stay_finite_and_exact()
    {
        // Shifting by the row maximum must use real tags only: exp(0 - (-1000)) in a SIMD pad lane overflows.
        var c = new CrfCase(seed: 9, batch: 3, length: 4, tags: 3);
        for (var i = 0; i < c.Emissions.Length; i++) c.Emissions[i] -= 1000;
        var llh = PerSequence(c.Crf(), c);
        for (var b = 0; b < c.Batch; b++) Assert.Equal(CrfBruteForce.LogLikelihood(c, b), llh[b], 1e-8);
    }

    [Fact]
    public void Reductions_sum_average_over_sequences_and_over_positions()
    {
        var c = new CrfCase(seed: 11, batch: 4, length: 4, tags: 3, lengths: [4, 2, 1, 3]);
        var crf = c.Crf();
        var brute = Enumerable.Range(0, c.Batch).Select(b => CrfBruteForce.LogLikelihood(c, b)).ToArray();
        double Reduced(CrfReduction r) => crf.forward(c.EmissionTensor(), c.TagTensor(), c.MaskTensor(), r).item<double>();
        Assert.Equal(brute.Sum(), Reduced(CrfReduction.Sum), 1e-10);
        Assert.Equal(brute.Sum() / 4, Reduced(CrfReduction.Mean), 1e-10);
        Assert.Equal(brute.Sum() / 10, Reduced(CrfReduction.TokenMean), 1e-10);
        Assert.Equal(brute, PerSequence(crf, c), new DoubleTolerance(1e-10));
    }

    [Fact]
    public void Missing_mask_means_every_position()
    {
        var c = new CrfCase(seed: 3, batch: 2, length: 3, tags: 3, lengths: [3, 3]);
        var crf = c.Crf();
        using var withMask = crf.forward(c.EmissionTensor(), c.TagTensor(), c.MaskTensor());
        using var without = crf.forward(c.EmissionTensor(), c.TagTensor());
        Assert.Equal(withMask.item<double>(), without.item<double>(), 1e-12);
        Assert.Equal(crf.Decode(c.EmissionTensor(), c.MaskTensor()), crf.Decode(c.EmissionTensor()));
    }

    [Fact]
    public void Float32_emissions_give_float32_log_likelihoods_of_double_accuracy()
    {
        var c = new CrfCase(seed: 5, batch: 3, length: 4, tags: 4);
        var crf = c.Crf(ScalarType.Float32);
        using var emissions = c.EmissionTensor(ScalarType.Float32);
        using var llh = crf.forward(emissions, c.TagTensor(), c.MaskTensor(), CrfReduction.None);
        Assert.Equal(ScalarType.Float32, llh.dtype);
        var values = llh.data<float>().ToArray();
        for (var b = 0; b < c.Batch; b++) Assert.Equal(CrfBruteForce.LogLikelihood(c, b), values[b], 1e-5);
    }

    [Fact]
    public void Parameters_have_pytorch_crf_names_shapes_and_initial_range()
    {
        var crf = new CrfCase(seed: 1, batch: 1, length: 1, tags: 19).Crf();
        var fresh = new LinearChainCrf(19);
        var named = fresh.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        Assert.Equal(["start_transitions", "end_transitions", "transitions"], named.Keys);
        Assert.Equal(399, named.Values.Sum(p => p.numel()));
        Assert.Equal([19L, 19L], named["transitions"].shape);
        Assert.All(named.Values, p => Assert.True(p.abs().max().item<float>() <= 0.1f));
        Assert.True(named["transitions"].std().item<float>() > 0.03f); // spread over the range, not a constant
        Assert.Equal(3, crf.parameters().Count());
    }

    [Fact]
    public void Mask_whose_first_timestep_is_off_is_rejected()
    {
        var c = new CrfCase(seed: 2, batch: 2, length: 3, tags: 3, lengths: [3, 2]);
        using var mask = c.MaskTensor();
        mask[1, 0] = tensor(false);
        var e = Assert.Throws<ArgumentException>(() => c.Crf().forward(c.EmissionTensor(), c.TagTensor(), mask));
        Assert.StartsWith("mask of the first timestep must all be on", e.Message);
    }

    [Fact]
    public void Mask_with_a_hole_is_rejected()
    {
        var c = new CrfCase(seed: 2, batch: 2, length: 3, tags: 3, lengths: [3, 1]);
        using var mask = c.MaskTensor();
        mask[1, 2] = tensor(true);
        var e = Assert.Throws<ArgumentException>(() => c.Crf().Decode(c.EmissionTensor(), mask));
        Assert.StartsWith("mask of sequence 1 has a hole", e.Message);
    }

    [Fact]
    public void Tag_out_of_range_inside_a_sequence_is_rejected_but_ignored_in_padding()
    {
        var c = new CrfCase(seed: 2, batch: 2, length: 3, tags: 3, lengths: [3, 2]);
        var crf = c.Crf();
        using var tags = c.TagTensor();
        tags[1, 2] = tensor(-100L); // padding: ignored
        crf.forward(c.EmissionTensor(), tags, c.MaskTensor()).Dispose();
        tags[0, 1] = tensor(3L);
        var e = Assert.Throws<ArgumentException>(() => crf.forward(c.EmissionTensor(), tags, c.MaskTensor()));
        Assert.StartsWith("tag 3 of sequence 0 at position 1 is outside 0..2", e.Message);
    }

    [Fact]
    public void Emissions_of_the_wrong_shape_are_rejected()
    {
        var crf = new CrfCase(seed: 2, batch: 1, length: 1, tags: 3).Crf();
        var e = Assert.Throws<ArgumentException>(() => crf.Decode(zeros(2, 4, 5, dtype: ScalarType.Float64)));
        Assert.StartsWith("expected last dimension of emissions is 3, got 5", e.Message);
        e = Assert.Throws<ArgumentException>(() => crf.Decode(zeros(4, 3, dtype: ScalarType.Float64)));
        Assert.StartsWith("emissions must have dimension of 3, got 2", e.Message);
    }
}
