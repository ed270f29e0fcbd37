namespace ClinicalNer.Metrics.Entities;

/// <summary>An entity found in a tag sequence: tokens [<see cref="Start"/>, <see cref="End"/>) of the whole pair, and a type id.</summary>
internal readonly record struct Chunk(int Start, int End, int Type);
