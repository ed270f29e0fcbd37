using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Crf;

/// <summary>
/// A linear-chain conditional random field over tag sequences, with pytorch-crf's API (batch first):
/// <see cref="forward"/> returns the log-likelihood of gold tags, <see cref="Decode"/> the Viterbi paths.
/// Scores: <c>start_transitions[j]</c> for a path starting with tag j, <c>end_transitions[j]</c> for one ending
/// with j, <c>transitions[i, j]</c> for tag i followed by tag j (indexed [from, to]).
/// </summary>
/// <remarks>
/// Both algorithms run on host arrays in double precision, split over <c>torch.get_num_threads()</c> workers by
/// sequence and looping only to each sequence's own length; the log-likelihood is a custom autograd function
/// whose backward pass is the posterior marginals minus the gold indicators. Results are exact (to double
/// rounding) against brute-force enumeration of all paths.
/// </remarks>
public sealed class LinearChainCrf : nn.Module
{
#pragma warning disable IDE1006 // field names are the state-dict keys (pytorch-crf's names)
    readonly Parameter start_transitions;
    readonly Parameter end_transitions;
    readonly Parameter transitions;
#pragma warning restore IDE1006

    readonly CrfConstraints? constraints;

    /// <summary>Number of tags K.</summary>
    public int NumTags { get; }

    /// <summary>The fixed constraints on paths, or null (the paper's setting: none).</summary>
    public CrfConstraints? Constraints => constraints;

    /// <summary>Creates a CRF over <paramref name="numTags"/> tags with scores drawn from uniform(-0.1, 0.1).</summary>
    /// <param name="numTags">K, the number of tags.</param>
    /// <param name="constraints">Optional fixed constraints, e.g. <see cref="CrfConstraints.Bio"/>; none by default.</param>
    /// <param name="device">Where the parameters live (CPU by default; <c>meta</c> to count parameters without memory).</param>
    public LinearChainCrf(int numTags, CrfConstraints? constraints = null, Device? device = null) : base(nameof(LinearChainCrf))
    {
        if (numTags <= 0) throw new ArgumentException($"invalid number of tags: {numTags}", nameof(numTags));
        if (constraints is not null && constraints.Tags != numTags)
            throw new ArgumentException($"constraints are for {constraints.Tags} tags, the CRF has {numTags}", nameof(constraints));
        NumTags = numTags;
        this.constraints = constraints;
        start_transitions = new Parameter(empty(numTags, device: device));
        end_transitions = new Parameter(empty(numTags, device: device));
        transitions = new Parameter(empty(numTags, numTags, device: device));
        using (no_grad())
            foreach (var p in new[] { start_transitions, end_transitions, transitions })
                nn.init.uniform_(p, -0.1, 0.1);
        RegisterComponents();
    }

    /// <summary>Start scores [K].</summary>
    public Parameter StartTransitions => start_transitions;

    /// <summary>End scores [K].</summary>
    public Parameter EndTransitions => end_transitions;

    /// <summary>Transition scores [K, K] indexed [from, to].</summary>
    public Parameter Transitions => transitions;

    /// <summary>The log-likelihood of <paramref name="tags"/> given <paramref name="emissions"/>, reduced as asked.</summary>
    /// <param name="emissions">[B, T, K] emission scores.</param>
    /// <param name="tags">[B, T] gold tag ids (values past a sequence's length are ignored).</param>
    /// <param name="mask">[B, T] bool: ones then zeros in each row, first column all ones; null means every position.</param>
    /// <param name="reduction">Sum (default, as pytorch-crf), mean over sequences, mean over positions, or none ([B]).</param>
    /// <returns>A scalar, or [B] for <see cref="CrfReduction.None"/>; differentiable in the emissions and all three score tensors.</returns>
    /// <exception cref="ArgumentException">Shapes disagree, the mask is not a prefix of ones, or a tag is out of range.</exception>
    public Tensor forward(Tensor emissions, Tensor tags, Tensor? mask = null, CrfReduction reduction = CrfReduction.Sum)
    {
        var batch = CrfBatch.Create(emissions, tags, mask, NumTags);
        var arguments = new CrfLogLikelihoodFunction.Arguments(batch, constraints, get_num_threads());
        var perSequence = CrfLogLikelihoodFunction.Apply(emissions, start_transitions, end_transitions, transitions, arguments); // [B]
        return reduction switch
        {
            CrfReduction.None => perSequence,
            CrfReduction.Sum => perSequence.sum(),
            CrfReduction.Mean => perSequence.mean(),
            CrfReduction.TokenMean => perSequence.sum() / batch.Positions,
            _ => throw new ArgumentOutOfRangeException(nameof(reduction), reduction, "unknown reduction"),
        };
    }

    /// <summary>The highest-scoring tag path of each sequence (Viterbi).</summary>
    /// <param name="emissions">[B, T, K] emission scores.</param>
    /// <param name="mask">[B, T] bool as in <see cref="forward"/>; null means every position.</param>
    /// <returns>One array of tag ids per sequence, as long as its mask.</returns>
    public IReadOnlyList<int[]> Decode(Tensor emissions, Tensor? mask = null)
    {
        var batch = CrfBatch.Create(emissions, null, mask, NumTags);
        batch.LoadEmissions(emissions);
        return CrfViterbi.Decode(CrfScores.From(start_transitions, end_transitions, transitions, constraints), batch, get_num_threads());
    }

    /// <summary>The start and transition scores with the constraints' penalties added (the scores the kernels use), for the tests' reference.</summary>
    internal (Tensor Start, Tensor Transitions) ConstrainedScores()
    {
        if (constraints is null) return (start_transitions, transitions);
        var k = (long)NumTags;
        var startPenalty = tensor(constraints.StartPenalty, [k]).to(start_transitions.dtype, start_transitions.device);
        var transitionPenalty = tensor(constraints.TransitionPenalty, [k, k]).to(transitions.dtype, transitions.device);
        return (start_transitions + startPenalty, transitions + transitionPenalty);
    }
}
