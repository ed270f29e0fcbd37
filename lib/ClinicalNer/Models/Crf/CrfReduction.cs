namespace ClinicalNer.Models.Crf;

/// <summary>How <see cref="LinearChainCrf.forward"/> reduces the per-sequence log-likelihoods (pytorch-crf's options).</summary>
public enum CrfReduction
{
    /// <summary>One log-likelihood per sequence, shape [batch].</summary>
    None,

    /// <summary>The sum over the batch (pytorch-crf's default).</summary>
    Sum,

    /// <summary>The mean over the batch (the paper's loss is its negative).</summary>
    Mean,

    /// <summary>The sum over the batch divided by the number of unmasked positions.</summary>
    TokenMean,
}
