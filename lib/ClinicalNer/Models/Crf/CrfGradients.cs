namespace ClinicalNer.Models.Crf;

/// <summary>Gradients of a weighted sum of CRF log-likelihoods, on the host (unpadded, row-major).</summary>
/// <param name="Emissions">[B, T, K]; zero past each sequence's length.</param>
/// <param name="Start">[K].</param>
/// <param name="End">[K].</param>
/// <param name="Transitions">[K, K] indexed [from, to].</param>
internal sealed record CrfGradients(double[] Emissions, double[] Start, double[] End, double[] Transitions)
{
    /// <summary>Adds up per-worker parameter gradients; the emission gradient is shared (workers write disjoint rows).</summary>
    public static CrfGradients Sum(double[] emissions, IReadOnlyList<CrfGradients> partials)
    {
        var total = new CrfGradients(emissions, new double[partials[0].Start.Length], new double[partials[0].End.Length], new double[partials[0].Transitions.Length]);
        foreach (var part in partials)
        {
            Add(total.Start, part.Start);
            Add(total.End, part.End);
            Add(total.Transitions, part.Transitions);
        }
        return total;
    }

    static void Add(double[] target, double[] source)
    {
        for (var i = 0; i < target.Length; i++) target[i] += source[i];
    }
}
