namespace ClinicalNer.Corpus.Sample;

/// <summary>The nine n2c2-2018 Track 2 entity types, spelled as in the shared task's <c>.ann</c> files.</summary>
internal static class N2c2Type
{
    public const string Drug = "Drug";
    public const string Strength = "Strength";
    public const string Form = "Form";
    public const string Dosage = "Dosage";
    public const string Frequency = "Frequency";
    public const string Route = "Route";
    public const string Duration = "Duration";
    public const string Reason = "Reason";
    public const string Ade = "ADE";
}
