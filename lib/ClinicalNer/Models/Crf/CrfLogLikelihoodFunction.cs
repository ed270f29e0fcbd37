using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Crf;

/// <summary>
/// The CRF log-likelihood as a custom autograd function: the forward pass runs <see cref="CrfForwardBackward"/>
/// on host arrays and returns one log-likelihood per sequence [B]; the backward pass returns the hand-derived
/// gradients (gold indicators minus posterior marginals, times the incoming gradient). This replaces a T-step
/// tensor loop whose autograd graph alone costs milliseconds (the tests keep that loop as their reference).
/// </summary>
internal sealed class CrfLogLikelihoodFunction : autograd.SingleTensorFunction<CrfLogLikelihoodFunction>
{
    const string RunKey = "crf";

    /// <summary>What the function needs besides the four differentiable tensors.</summary>
    /// <param name="Batch">Lengths and gold tags of the batch.</param>
    /// <param name="Constraints">Fixed penalties, or null.</param>
    /// <param name="Threads">Workers over the batch.</param>
    internal sealed record Arguments(CrfBatch Batch, CrfConstraints? Constraints, int Threads);

    /// <inheritdoc/>
    public override string Name => nameof(CrfLogLikelihoodFunction);

    /// <summary>Per-sequence log-likelihoods [B] of emissions [B, T, K] under start [K], end [K], transitions [K, K].</summary>
    public static Tensor Apply(Tensor emissions, Tensor start, Tensor end, Tensor transitions, Arguments arguments) =>
        apply(emissions, start, end, transitions, arguments);

    /// <inheritdoc/>
    public override Tensor forward(autograd.AutogradContext ctx, params object[] vars)
    {
        var (emissions, start, end, transitions) = ((Tensor)vars[0], (Tensor)vars[1], (Tensor)vars[2], (Tensor)vars[3]);
        var arguments = (Arguments)vars[4];
        arguments.Batch.LoadEmissions(emissions);
        var scores = CrfScores.From(start, end, transitions, arguments.Constraints);
        var run = CrfForwardBackward.Forward(scores, arguments.Batch, arguments.Threads);
        ctx.save_data(RunKey, new SavedRun(run, emissions.shape, emissions.dtype, start.dtype, emissions.device));
        return HostTensor.FromDoubles(run.LogLikelihood, [arguments.Batch.Size], emissions.dtype, emissions.device);
    }

    /// <inheritdoc/>
    public override List<Tensor> backward(autograd.AutogradContext ctx, Tensor grad_output)
    {
        var saved = (SavedRun)ctx.get_data(RunKey);
        var g = saved.Run.Backward(HostTensor.ToDoubles(grad_output));
        var k = (long)g.Start.Length;
        return
        [
            HostTensor.FromDoubles(g.Emissions, saved.EmissionShape, saved.EmissionType, saved.Device),
            HostTensor.FromDoubles(g.Start, [k], saved.ParameterType, saved.Device),
            HostTensor.FromDoubles(g.End, [k], saved.ParameterType, saved.Device),
            HostTensor.FromDoubles(g.Transitions, [k, k], saved.ParameterType, saved.Device),
            null!, // the host arguments get no gradient
        ];
    }

    // The forward state plus what the gradients' tensors must look like; no tensor is kept alive for backward.
    sealed record SavedRun(CrfForwardBackward Run, long[] EmissionShape, ScalarType EmissionType, ScalarType ParameterType, Device Device);
}
