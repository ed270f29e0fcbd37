using System.Collections.Immutable;

namespace ClinicalNer.Text;

/// <summary>The untagged sentences of one note and what splitting did.</summary>
public sealed record SentenceSplit(ImmutableArray<Sentence> Sentences, SentenceSplitReport Report);
