using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders;

/// <summary>
/// Word dropout (Lample et al. 2016): while training, each position's token embedding is zeroed with probability
/// <c>p</c>, whole, so that the model learns to tag from context and spelling rather than only from the token's
/// identity, which a small corpus lets it memorise. Unlike ordinary dropout nothing is rescaled: a zero row stands
/// for "unknown word", as at test time for a word never seen. No parameters.
/// </summary>
public sealed class WordDropout : nn.Module<Tensor, Tensor>
{
    readonly double p;

    /// <summary>Creates the module.</summary>
    /// <param name="p">Probability of dropping a position, in [0, 1).</param>
    public WordDropout(double p) : base(nameof(WordDropout))
    {
        if (p is < 0 or >= 1) throw new ArgumentException($"word dropout must be in [0, 1), not {p}", nameof(p));
        this.p = p;
    }

    /// <summary>[B, T, E] token embeddings -> the same, with whole rows zeroed while training.</summary>
    public override Tensor forward(Tensor embedded)
    {
        if (!training || p == 0) return embedded.alias();
        using var scope = NewDisposeScope();
        using var threshold = p.ToScalar();
        var keep = rand(embedded.shape[0], embedded.shape[1], 1, device: embedded.device).ge(threshold); // [B, T, 1]
        return (embedded * keep).MoveToOuterDisposeScope();
    }
}
