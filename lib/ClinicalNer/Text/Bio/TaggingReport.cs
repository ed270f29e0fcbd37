using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.Bio;

/// <summary>
/// What BIO encoding did to the entities of a note or a corpus. A unit is what is tagged as one entity: a
/// fragment under <see cref="DiscontinuousPolicy.Fragments"/>, a whole (merged) entity under
/// <see cref="DiscontinuousPolicy.Merge"/>.
/// </summary>
/// <param name="Policy">The discontinuous-entity policy used.</param>
/// <param name="Entities">Entities read (one per T line).</param>
/// <param name="Discontinuous">Entities with more than one fragment (split into fragments or merged, by <paramref name="Policy"/>).</param>
/// <param name="Units">Units tagged.</param>
/// <param name="DroppedByOverlap">Units left without any token because earlier-starting units took all of theirs.</param>
/// <param name="TruncatedByOverlap">Units that lost some, not all, of their tokens to earlier-starting units.</param>
/// <param name="WithoutTokens">Units that cover no token at all (whitespace only).</param>
/// <param name="CutBySentence">Units whose tokens lie in more than one sentence (0 when entities are kept whole).</param>
public sealed record TaggingReport(
    DiscontinuousPolicy Policy, int Entities, int Discontinuous, int Units,
    int DroppedByOverlap, int TruncatedByOverlap, int WithoutTokens, int CutBySentence)
{
    /// <summary>Nothing encoded yet.</summary>
    public static TaggingReport Empty(DiscontinuousPolicy policy) => new(policy, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>The sum of two reports made under the same policy.</summary>
    public static TaggingReport operator +(TaggingReport a, TaggingReport b)
    {
        if (a.Policy != b.Policy) throw new ArgumentException($"cannot add a {a.Policy} report to a {b.Policy} report");
        return new(a.Policy, a.Entities + b.Entities, a.Discontinuous + b.Discontinuous, a.Units + b.Units,
            a.DroppedByOverlap + b.DroppedByOverlap, a.TruncatedByOverlap + b.TruncatedByOverlap,
            a.WithoutTokens + b.WithoutTokens, a.CutBySentence + b.CutBySentence);
    }
}
