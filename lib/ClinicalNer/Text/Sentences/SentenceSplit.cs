using System.Collections.Immutable;
using ClinicalNer.Text.Bio;

namespace ClinicalNer.Text.Sentences;

/// <summary>The untagged sentences of one note and what splitting did.</summary>
public sealed record SentenceSplit(ImmutableArray<Sentence> Sentences, SentenceSplitReport Report);
