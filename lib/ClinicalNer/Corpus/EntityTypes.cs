using System.Collections.Immutable;

namespace ClinicalNer.Corpus;

/// <summary>Named sets of entity types that a reader can enforce.</summary>
public static class EntityTypes
{
    /// <summary>The nine concept types of n2c2 2018 Track 2, most frequent first.</summary>
    public static readonly ImmutableArray<string> N2c2 =
        ["Drug", "Strength", "Form", "Frequency", "Route", "Dosage", "Reason", "ADE", "Duration"];
}
