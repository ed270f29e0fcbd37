namespace ClinicalNer.Corpus;

/// <summary>
/// Any other brat line (attributes <c>A</c>/<c>M</c>, notes <c>#</c>, events <c>E</c>, equivalences <c>*</c>,
/// normalizations <c>N</c>), kept verbatim so that a read-write round trip loses nothing.
/// </summary>
public sealed record Annotation(string Id, string Kind, string Line);
