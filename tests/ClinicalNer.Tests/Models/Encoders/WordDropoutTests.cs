using ClinicalNer.Models;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Runtime;
using static TorchSharp.torch;

namespace ClinicalNer.Tests.Models.Encoders;

public class WordDropoutTests
{
    public WordDropoutTests() => TorchRuntime.EnsureLoaded();

    [Fact]
    public void Evaluation_passes_embeddings_through_unchanged()
    {
        using var dropout = new WordDropout(0.5);
        dropout.eval();
        var embedded = randn(2, 7, 3);
        Assert.True(dropout.call(embedded).eq(embedded).all().item<bool>());
    }

    [Fact]
    public void Training_zeroes_whole_positions_at_the_given_rate_without_rescaling()
    {
        manual_seed(11);
        using var dropout = new WordDropout(0.25);
        dropout.train();
        var embedded = rand(40, 250, 4) + 1; // no zeros of its own
        var dropped = dropout.call(embedded);
        var zeroed = dropped.eq(0).all(2L); // [40, 250]: whole rows
        var kept = zeroed.logical_not().unsqueeze(2).expand(40, 250, 4);
        Assert.True(dropped.eq(0).sum().item<long>() == zeroed.sum().item<long>() * 4, "some position was zeroed in part");
        Assert.True(dropped.masked_select(kept).eq(embedded.masked_select(kept)).all().item<bool>(), "kept positions were rescaled");
        double rate = zeroed.to(ScalarType.Float64).mean().item<double>();
        Assert.InRange(rate, 0.22, 0.28); // 10,000 positions: the standard error is 0.004
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.0)]
    public void Rates_outside_zero_to_one_are_refused(double p) =>
        Assert.Throws<ArgumentException>(() => new WordDropout(p));
}
