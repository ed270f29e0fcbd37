using ClinicalNer.Models;
using ClinicalNer.Models.Crf;
using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Tests.Models.Crf;

/// <summary>
/// pytorch-crf's algorithms as a plain loop of tensor operations (batch first), differentiated by autograd.
/// Slow (per-op dispatch and a T-step autograd graph) but a direct port, kept as the reference that the array
/// kernels are tested against.
/// </summary>
static class CrfTensorReference
{
    /// <summary>pytorch-crf's tensor loop for <paramref name="crf"/>'s log-likelihood, per sequence [B] (the kernels' reference).</summary>
    public static Tensor ReferenceLogLikelihood(this LinearChainCrf crf, Tensor emissions, Tensor tags, Tensor mask)
    {
        var (start, transitions) = crf.ConstrainedScores();
        return LogLikelihood(emissions, tags, mask, start, crf.EndTransitions, transitions);
    }

    /// <summary>pytorch-crf's tensor Viterbi for <paramref name="crf"/> (the kernels' reference).</summary>
    public static int[][] ReferenceDecode(this LinearChainCrf crf, Tensor emissions, Tensor mask)
    {
        var (start, transitions) = crf.ConstrainedScores();
        return Decode(emissions, mask, start, crf.EndTransitions, transitions);
    }

    /// <summary>log p(tags | emissions) per sequence [B].</summary>
    /// <param name="emissions">[B, T, K].</param>
    /// <param name="tags">[B, T] long.</param>
    /// <param name="mask">[B, T] bool, a prefix of ones per row.</param>
    /// <param name="start">[K].</param>
    /// <param name="end">[K].</param>
    /// <param name="transitions">[K, K] indexed [from, to].</param>
    public static Tensor LogLikelihood(Tensor emissions, Tensor tags, Tensor mask, Tensor start, Tensor end, Tensor transitions) =>
        Score(emissions, tags, mask, start, end, transitions) - LogPartition(emissions, mask, start, end, transitions);

    /// <summary>Score of the given tag path per sequence [B].</summary>
    public static Tensor Score(Tensor emissions, Tensor tags, Tensor mask, Tensor start, Tensor end, Tensor transitions)
    {
        var (batch, length) = (emissions.shape[0], emissions.shape[1]);
        var rows = arange(batch, device: emissions.device);
        var weight = mask.to(emissions.dtype); // [B, T]
        var score = start[tags[.., 0]] + emissions[rows, 0, tags[.., 0]]; // [B]
        for (long t = 1; t < length; t++)
            score = score + (transitions[tags[.., t - 1], tags[.., t]] + emissions[rows, t, tags[.., t]]) * weight[.., t];
        var lastIndex = mask.to(ScalarType.Int64).sum(1L) - 1; // [B]
        var lastTags = tags.gather(1, lastIndex.unsqueeze(1)).squeeze(1); // [B]
        return score + end[lastTags];
    }

    /// <summary>Log partition function per sequence [B] (forward algorithm with log-sum-exp).</summary>
    public static Tensor LogPartition(Tensor emissions, Tensor mask, Tensor start, Tensor end, Tensor transitions)
    {
        var score = start + emissions[.., 0]; // [B, K]
        for (long t = 1; t < emissions.shape[1]; t++)
        {
            // [B, K, 1] + [K, K] + [B, 1, K] -> [B, K(from), K(to)], reduced over "from"
            var next = (score.unsqueeze(2) + transitions + emissions[.., t].unsqueeze(1)).logsumexp(1);
            score = where(mask[.., t].unsqueeze(1), next, score);
        }
        return (score + end).logsumexp(1);
    }

    /// <summary>Viterbi path of each sequence, each as long as its mask.</summary>
    public static int[][] Decode(Tensor emissions, Tensor mask, Tensor start, Tensor end, Tensor transitions)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var score = start + emissions[.., 0]; // [B, K]
        var history = new List<Tensor>();
        for (long t = 1; t < emissions.shape[1]; t++)
        {
            var (best, index) = (score.unsqueeze(2) + transitions + emissions[.., t].unsqueeze(1)).max(1); // [B, K(to)]
            score = where(mask[.., t].unsqueeze(1), best, score);
            history.Add(index);
        }
        score = score + end;
        var lengths = HostTensor.ToLongs(mask.to(ScalarType.Int64).sum(1L));
        var last = HostTensor.ToLongs(score.argmax(1L));
        var pointers = history.Select(HostTensor.ToLongs).ToArray();
        var k = (int)emissions.shape[2];
        var paths = new int[lengths.Length][];
        for (var b = 0; b < paths.Length; b++)
        {
            var path = new int[lengths[b]];
            path[^1] = (int)last[b];
            for (var t = path.Length - 1; t > 0; t--) path[t - 1] = (int)pointers[t - 1][b * k + path[t]];
            paths[b] = path;
        }
        return paths;
    }
}
