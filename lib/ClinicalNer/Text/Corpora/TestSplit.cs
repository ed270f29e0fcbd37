using System.Collections.Immutable;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.Corpora;

/// <summary>The test part of a corpus folder, as <see cref="CorpusSplits.LoadTest"/> reads it.</summary>
/// <param name="Directory">The corpus folder.</param>
/// <param name="Sentences">The tagged test sentences.</param>
/// <param name="Brat">For a brat corpus, its test documents (for n2c2 scoring and brat output), else null.</param>
/// <param name="Source">The folder or file the test part came from.</param>
public sealed record TestSplit(string Directory, ImmutableArray<Sentence> Sentences, TaggedCorpus? Brat, string Source);
