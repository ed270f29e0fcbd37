using ClinicalNer.Models;
using ClinicalNer.Models.Crf;
using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Tests.Models.Crf;

/// <summary>The hand-derived backward pass of the array CRF against finite differences and against autograd through the tensor reference.</summary>
public class CrfGradientTests
{
    // Objective sum_b w_b * llh_b, so that every sequence's gradient is scaled differently (as with reduction None).
    static readonly double[] Weights = [0.7, -1.3, 2.1];

    static double Objective(CrfCase c)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var llh = c.Crf().forward(c.EmissionTensor(), c.TagTensor(), c.MaskTensor(), CrfReduction.None);
        return llh.data<double>().ToArray().Select((v, b) => v * Weights[b]).Sum();
    }

    static (double[] Emissions, double[] Start, double[] End, double[] Transitions) Analytic(CrfCase c)
    {
        var crf = c.Crf();
        using var emissions = c.EmissionTensor().requires_grad_(true);
        using var llh = crf.forward(emissions, c.TagTensor(), c.MaskTensor(), CrfReduction.None);
        (llh * tensor(Weights)).sum().backward();
        return (Grad(emissions), Grad(crf.StartTransitions), Grad(crf.EndTransitions), Grad(crf.Transitions));
    }

    static double[] Grad(Tensor t) => t.grad!.data<double>().ToArray();

    [Theory]
    [InlineData(1, 3, 4)]
    [InlineData(2, 4, 3)]
    [InlineData(3, 2, 5)]
    public void Gradients_pass_a_double_precision_finite_difference_check(int seed, int tags, int length)
    {
        var c = new CrfCase(seed, batch: 3, length, tags);
        var analytic = Analytic(c);
        void Check(double[] values, double[] gradient)
        {
            const double h = 1e-5;
            for (var i = 0; i < values.Length; i++)
            {
                var saved = values[i];
                values[i] = saved + h;
                var plus = Objective(c);
                values[i] = saved - h;
                var minus = Objective(c);
                values[i] = saved;
                Assert.Equal((plus - minus) / (2 * h), gradient[i], 1e-7);
            }
        }
        Check(c.Emissions, analytic.Emissions);
        Check(c.Start, analytic.Start);
        Check(c.End, analytic.End);
        Check(c.Transitions, analytic.Transitions);
    }

    [Fact]
    public void Scores_get_gradients_when_emissions_are_constants()
    {
        var c = new CrfCase(seed: 6, batch: 3, length: 4, tags: 3);
        var expected = Analytic(c);
        var crf = c.Crf();
        crf.forward(c.EmissionTensor(), c.TagTensor(), c.MaskTensor(), CrfReduction.None).mul(tensor(Weights)).sum().backward();
        Assert.Equal(expected.Transitions, Grad(crf.Transitions), new DoubleTolerance(1e-12));
        Assert.Equal(expected.Start, Grad(crf.StartTransitions), new DoubleTolerance(1e-12));
    }

    [Fact]
    public void Emission_gradient_is_zero_past_each_sequence_end()
    {
        var c = new CrfCase(seed: 4, batch: 3, length: 5, tags: 3, lengths: [5, 2, 1]);
        var g = Analytic(c).Emissions;
        for (var b = 0; b < c.Batch; b++)
            for (var t = c.Lengths[b]; t < c.Length; t++)
                for (var k = 0; k < c.Tags; k++) Assert.Equal(0.0, g[(b * c.Length + t) * c.Tags + k]);
    }

    public static TheoryData<CrfReduction> Reductions => [CrfReduction.None, CrfReduction.Sum, CrfReduction.Mean, CrfReduction.TokenMean];

    [Theory]
    [MemberData(nameof(Reductions))]
    public void Array_path_equals_the_tensor_reference_in_values_and_gradients(CrfReduction reduction)
    {
        var c = new CrfCase(seed: 21, batch: 6, length: 12, tags: 7);
        var (fast, fastGrads) = Run(c, reduction, (crf, e, t, m, r) => crf.forward(e, t, m, r));
        var (reference, referenceGrads) = Run(c, reduction, (crf, e, t, m, r) => Reduce(crf.ReferenceLogLikelihood(e, t, m), r, m));
        Assert.Equal(reference, fast, new DoubleTolerance(1e-4));
        for (var i = 0; i < fastGrads.Length; i++) Assert.Equal(referenceGrads[i], fastGrads[i], new DoubleTolerance(1e-5));
    }

    static Tensor Reduce(Tensor perSequence, CrfReduction reduction, Tensor mask) => reduction switch
    {
        CrfReduction.None => perSequence,
        CrfReduction.Sum => perSequence.sum(),
        CrfReduction.Mean => perSequence.mean(),
        _ => perSequence.sum() / mask.sum(),
    };

    // Float32 as in training: the array path computes in double and rounds once, the reference accumulates in float.
    static (double[] Values, double[][] Gradients) Run(CrfCase c, CrfReduction reduction, Func<LinearChainCrf, Tensor, Tensor, Tensor, CrfReduction, Tensor> llh)
    {
        var crf = c.Crf(ScalarType.Float32);
        using var emissions = c.EmissionTensor(ScalarType.Float32).requires_grad_(true);
        using var value = llh(crf, emissions, c.TagTensor(), c.MaskTensor(), reduction);
        var weights = reduction == CrfReduction.None ? linspace(-1, 2, c.Batch) : ones(1);
        (value * weights).sum().backward();
        var grads = new[] { emissions.grad!, crf.StartTransitions.grad!, crf.EndTransitions.grad!, crf.Transitions.grad! };
        return (Doubles(value.reshape(-1)), grads.Select(Doubles).ToArray());
    }

    static double[] Doubles(Tensor t) => t.to(ScalarType.Float64).data<double>().ToArray();
    [Fact]
    public void Viterbi_equals_the_tensor_reference_on_a_larger_batch()
    {
        var c = new CrfCase(seed: 8, batch: 16, length: 30, tags: 19);
        var crf = c.Crf(ScalarType.Float32);
        using var emissions = c.EmissionTensor(ScalarType.Float32);
        using var mask = c.MaskTensor();
        Assert.Equal(crf.ReferenceDecode(emissions, mask), crf.Decode(emissions, mask));
    }
}
