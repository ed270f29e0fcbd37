using ClinicalNer.Corpus;

namespace ClinicalNer.Sample.Notes;

/// <summary>
/// A generated note and what its generator knows about it: how many sentences it wrote and how many of them carry
/// no entity (n2c2: 75%).
/// </summary>
internal sealed record GeneratedNote(Document Document, int Sentences, int EntityFreeSentences);
