using ClinicalNer.Models;
using ClinicalNer.Models.Crf;
using ClinicalNer.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Tests.Models.Crf;

/// <summary>
/// A small random CRF problem kept both as plain arrays (for the brute-force oracle) and as tensors, with
/// sequences of mixed lengths; emissions and tags past a sequence's end are random too, so they must be ignored.
/// </summary>
sealed class CrfCase
{
    public int Batch { get; }
    public int Length { get; }
    public int Tags { get; }
    public int[] Lengths { get; }
    public double[] Emissions { get; } // [B, T, K]
    public int[] Gold { get; }         // [B, T]
    public double[] Start { get; }
    public double[] End { get; }
    public double[] Transitions { get; } // [K, K] from, to

    public CrfCase(int seed, int batch, int length, int tags, int[]? lengths = null, double spread = 2.0)
    {
        var random = new Random(seed);
        double Draw() => (random.NextDouble() * 2 - 1) * spread;
        (Batch, Length, Tags) = (batch, length, tags);
        Lengths = lengths ?? Enumerable.Range(0, batch).Select(b => b == 0 ? length : random.Next(1, length + 1)).ToArray();
        Emissions = Enumerable.Range(0, batch * length * tags).Select(_ => Draw()).ToArray();
        Gold = Enumerable.Range(0, batch * length).Select(_ => random.Next(tags)).ToArray();
        Start = Enumerable.Range(0, tags).Select(_ => Draw()).ToArray();
        End = Enumerable.Range(0, tags).Select(_ => Draw()).ToArray();
        Transitions = Enumerable.Range(0, tags * tags).Select(_ => Draw()).ToArray();
    }

    public Tensor EmissionTensor(ScalarType dtype = ScalarType.Float64) => tensor(Emissions, [Batch, Length, Tags]).to(dtype);

    public Tensor TagTensor() => tensor(Gold.Select(t => (long)t).ToArray(), [Batch, Length]);

    public Tensor MaskTensor()
    {
        var mask = new bool[Batch * Length];
        for (var b = 0; b < Batch; b++)
            for (var t = 0; t < Lengths[b]; t++) mask[b * Length + t] = true;
        return tensor(mask, [Batch, Length]);
    }

    /// <summary>A CRF whose scores are this case's (in the given precision), optionally constrained.</summary>
    public LinearChainCrf Crf(ScalarType dtype = ScalarType.Float64, CrfConstraints? constraints = null)
    {
        TorchRuntime.EnsureLoaded();
        var crf = new LinearChainCrf(Tags, constraints);
        crf.to(dtype);
        using (no_grad())
        {
            crf.StartTransitions.copy_(tensor(Start));
            crf.EndTransitions.copy_(tensor(End));
            crf.Transitions.copy_(tensor(Transitions, [Tags, Tags]));
        }
        return crf;
    }

    public double Emission(int b, int t, int tag) => Emissions[(b * Length + t) * Tags + tag];

    public int[] GoldPath(int b) => Gold.AsSpan(b * Length, Lengths[b]).ToArray();
}
