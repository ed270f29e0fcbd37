using static TorchSharp.torch;

namespace ClinicalNer.Models.Crf;

/// <summary>
/// The CRF's start, end and transition scores copied to the host in double precision, constraint penalties
/// added, in the padded layouts the array kernels use: log scores for Viterbi, and max-shifted exponentials
/// for the scaled forward-backward algorithm (shifting by the maximum keeps every factor at most 1).
/// </summary>
internal sealed class CrfScores
{
    /// <summary>Number of tags K.</summary>
    public int Tags { get; }

    /// <summary>K rounded up to the SIMD width.</summary>
    public int Padded { get; }

    /// <summary>Log start scores [K].</summary>
    public double[] Start { get; }

    /// <summary>Log end scores [K].</summary>
    public double[] End { get; }

    /// <summary>Log transition scores [K, Padded], row = from tag, column = to tag; pad columns 0.</summary>
    public double[] Transitions { get; }

    /// <summary>exp(start - max start) [Padded], pad lanes 0.</summary>
    public double[] ExpStart { get; }

    /// <summary>exp(end - max end) [Padded], pad lanes 0.</summary>
    public double[] ExpEnd { get; }

    /// <summary>exp(transitions - max transition) [K, Padded], pad columns 0.</summary>
    public double[] ExpTransitions { get; }

    /// <summary>The shifts taken out of <see cref="ExpStart"/>, <see cref="ExpEnd"/> and <see cref="ExpTransitions"/>.</summary>
    public double StartShift { get; }

    /// <inheritdoc cref="StartShift"/>
    public double EndShift { get; }

    /// <inheritdoc cref="StartShift"/>
    public double TransitionShift { get; }

    CrfScores(double[] start, double[] end, double[] transitions, CrfConstraints? constraints)
    {
        Tags = start.Length;
        Padded = PaddedVector.PaddedLength(Tags);
        Start = start;
        End = end;
        if (constraints is not null)
            for (var j = 0; j < Tags; j++) Start[j] += constraints.StartPenalty[j];
        Transitions = new double[Tags * Padded];
        for (var i = 0; i < Tags; i++)
            for (var j = 0; j < Tags; j++)
                Transitions[i * Padded + j] = transitions[i * Tags + j] + (constraints?.TransitionPenalty[i * Tags + j] ?? 0);

        (ExpStart, StartShift) = ShiftedExp(Start, Padded);
        (ExpEnd, EndShift) = ShiftedExp(End, Padded);
        TransitionShift = double.NegativeInfinity;
        for (var i = 0; i < Tags; i++)
            for (var j = 0; j < Tags; j++) TransitionShift = Math.Max(TransitionShift, Transitions[i * Padded + j]);
        ExpTransitions = new double[Tags * Padded];
        for (var i = 0; i < Tags; i++)
            for (var j = 0; j < Tags; j++) ExpTransitions[i * Padded + j] = Math.Exp(Transitions[i * Padded + j] - TransitionShift);
    }

    /// <summary>Reads the three parameter tensors (any dtype or device) and applies the constraints, if any.</summary>
    public static CrfScores From(Tensor start, Tensor end, Tensor transitions, CrfConstraints? constraints) =>
        new(HostTensor.ToDoubles(start), HostTensor.ToDoubles(end), HostTensor.ToDoubles(transitions), constraints);

    static (double[] Exp, double Shift) ShiftedExp(double[] x, int padded)
    {
        var shift = x.Max();
        var e = new double[padded];
        for (var j = 0; j < x.Length; j++) e[j] = Math.Exp(x[j] - shift);
        return (e, shift);
    }
}
