using System.Collections.Immutable;
using ClinicalNer.Corpus;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.Bio;

/// <summary>A note as tagged sentences (IOB2), with what splitting and encoding did to it.</summary>
public sealed record TaggedDocument(
    Document Document,
    ImmutableArray<Sentence> Sentences,
    SentenceSplitReport Split,
    TaggingReport Encoding)
{
    /// <summary>The units encoded, sorted by start (see <see cref="TaggingUnit.Of"/>).</summary>
    internal TaggingUnit[] Units { get; init; } = [];

    /// <summary>[unit] -> true when earlier-starting units took some or all of its tokens.</summary>
    internal bool[] LostTokens { get; init; } = [];

    /// <summary>[unit] -> true when its tokens lie in more than one sentence.</summary>
    internal bool[] CutBySentence { get; init; } = [];
}
