using System.Collections.Immutable;

namespace ClinicalNer.Text;

/// <summary>The sentences a down-sampling kept, in their original order, and the label distributions before and after.</summary>
public sealed record DownsampleResult(ImmutableArray<Sentence> Kept, LabelDistribution Before, LabelDistribution After);
