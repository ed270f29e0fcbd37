using System.Collections.Immutable;

namespace ClinicalNer.Corpus;

/// <summary>The documents of one brat folder, in file-name order, and the lines a lenient read skipped.</summary>
public sealed record BratFolder(string Path, ImmutableArray<Document> Documents, ImmutableArray<SkippedLine> Skipped);
