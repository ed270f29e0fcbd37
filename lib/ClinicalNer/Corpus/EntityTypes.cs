using System.Collections.Immutable;

namespace ClinicalNer.Corpus;

/// <summary>Entity type names, and named sets of them that a reader can enforce.</summary>
public static class EntityTypes
{
    /// <summary>A medication (n2c2 2018 Track 2).</summary>
    public const string Drug = "Drug";

    /// <summary>The amount of drug in a unit dose, e.g. <c>25 mg</c>.</summary>
    public const string Strength = "Strength";

    /// <summary>The physical form, e.g. <c>Tablet</c>.</summary>
    public const string Form = "Form";

    /// <summary>The amount taken at one time, e.g. <c>One (1)</c>.</summary>
    public const string Dosage = "Dosage";

    /// <summary>How often, e.g. <c>BID</c>.</summary>
    public const string Frequency = "Frequency";

    /// <summary>The path of administration, e.g. <c>PO</c>.</summary>
    public const string Route = "Route";

    /// <summary>How long, e.g. <c>for 7 days</c>.</summary>
    public const string Duration = "Duration";

    /// <summary>Why the drug is given.</summary>
    public const string Reason = "Reason";

    /// <summary>An adverse drug event.</summary>
    public const string Ade = "ADE";

    /// <summary>The nine concept types of n2c2 2018 Track 2, most frequent first.</summary>
    public static readonly ImmutableArray<string> N2c2 = [Drug, Strength, Form, Frequency, Route, Dosage, Reason, Ade, Duration];
}
