using ClinicalNer.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Tests.Runtime;

public class TensorArithmeticTests
{
    public TensorArithmeticTests() => TorchRuntime.EnsureLoaded();

    static float[] Values(Tensor t) => t.data<float>().ToArray();

    [Fact]
    public void Plus_broadcasts_and_equals_the_operator_bit_for_bit()
    {
        manual_seed(7);
        using var a = randn(3, 4);
        using var b = randn(4); // broadcast over rows, as a position table over a batch
        using var expected = a + b;
        using var actual = a.Plus(b);
        Assert.Equal(expected.shape, actual.shape);
        Assert.Equal(Values(expected), Values(actual));
    }

    [Fact]
    public void Plus_a_scalar_one_minus_and_non_zero_give_hand_worked_values()
    {
        using var x = tensor(new[] { 0f, 0.25f, -2f, 1f });
        using var three = 3.ToScalar();
        Assert.Equal([3f, 3.25f, 1f, 4f], Values(x.Plus(three)));
        Assert.Equal([1f, 0.75f, 3f, 0f], Values(x.OneMinus()));
        Assert.Equal([false, true, true, true], x.NonZero().data<bool>().ToArray());
    }

    [Fact]
    public void The_held_scalars_survive_collections_between_and_during_many_calls()
    {
        // The implicit alpha of a + b is what a collection freed mid-call; the held one must outlive any number of them.
        using var a = ones(64, 64);
        for (int i = 0; i < 200; i++)
        {
            using var sum = a.Plus(a);
            if (i % 20 == 0) { GC.Collect(); GC.WaitForPendingFinalizers(); }
            Assert.Equal(2f, sum[0, 0].item<float>());
        }
    }
}
