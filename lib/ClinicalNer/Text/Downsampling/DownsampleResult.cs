using System.Collections.Immutable;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Text.Statistics;

namespace ClinicalNer.Text.Downsampling;

/// <summary>The sentences a down-sampling kept, in their original order, and the label distributions before and after.</summary>
public sealed record DownsampleResult(ImmutableArray<Sentence> Kept, LabelDistribution Before, LabelDistribution After);
