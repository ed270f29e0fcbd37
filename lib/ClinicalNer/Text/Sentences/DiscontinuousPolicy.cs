using ClinicalNer.Text.Bio;

namespace ClinicalNer.Text.Sentences;

/// <summary>How a discontinuous entity (<c>Drug 10 15;20 25</c>) becomes BIO tags, which can only hold contiguous spans.</summary>
public enum DiscontinuousPolicy
{
    /// <summary>
    /// Each fragment is an entity of the entity's type (NeuroNER's brat-to-CoNLL converter as the paper's data
    /// was made, <c>split_discontinuous = False</c>); the default.
    /// </summary>
    Fragments,

    /// <summary>One entity from the first fragment's start to the last fragment's end, gap included.</summary>
    Merge,
}
