using System.Collections.Immutable;
using ClinicalNer.Sample;
using ClinicalNer.Sample.Notes;

namespace ClinicalNer.Tests.Corpus.Sample;

/// <summary>The default sample, generated once for all tests that only read it.</summary>
public sealed class SampleCorpusFixture
{
    internal (ImmutableArray<GeneratedNote> Train, ImmutableArray<GeneratedNote> Test) Notes { get; } = SampleCorpus.GenerateNotes(new SampleOptions());

    internal IEnumerable<GeneratedNote> All => Notes.Train.Concat(Notes.Test);
}
