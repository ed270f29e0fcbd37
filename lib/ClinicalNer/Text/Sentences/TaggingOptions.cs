using ClinicalNer.Text.Bio;

namespace ClinicalNer.Text.Sentences;

/// <summary>How notes become tagged sentences: tokenization, sentence splitting and BIO encoding choices.</summary>
public sealed record TaggingOptions
{
    /// <summary>How discontinuous entities are encoded.</summary>
    public DiscontinuousPolicy Discontinuous { get; init; } = DiscontinuousPolicy.Fragments;

    /// <summary>
    /// Split a number glued to a unit (<c>25mg</c> to <c>25</c> <c>mg</c>), so that a Strength or Dosage boundary
    /// that falls between them can be tagged.
    /// </summary>
    public bool SplitNumberUnits { get; init; } = true;

    /// <summary>
    /// Never place a sentence boundary inside an entity as encoded (a fragment under
    /// <see cref="DiscontinuousPolicy.Fragments"/>, the whole merged span under <see cref="DiscontinuousPolicy.Merge"/>);
    /// suppressed boundaries are counted.
    /// </summary>
    public bool KeepEntitiesWhole { get; init; } = true;

    /// <summary>The defaults: fragments, number-unit splitting, entities kept whole.</summary>
    public static TaggingOptions Default { get; } = new();
}
