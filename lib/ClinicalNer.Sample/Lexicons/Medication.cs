using ClinicalNer.Runtime;
using System.Collections.Immutable;

namespace ClinicalNer.Sample.Lexicons;

/// <summary>
/// A drug name as drawn for a note, with the class that says what it is for and the <see cref="Dosing"/> that says
/// how it is prescribed. Strengths, forms, routes and frequencies are the drug's own, so that a drug is written
/// alike across notes (<c>Zetia 10 mg</c>, never <c>Zetia 600 mg</c>) and as a pharmacist would accept it.
/// </summary>
internal sealed record Medication(string Name, DrugClass Class)
{
    /// <summary>How this name is prescribed (a brand as its generic).</summary>
    public Dosing Dosing { get; } = DosingLexicon.For(Name);

    /// <summary>True for the class words (<c>antibiotics</c>, <c>steroids</c>), which carry no strength or form.</summary>
    public bool IsClassWord => Class.IsClassWords;

    /// <summary>False for class words and for supplements sold without a strength (<c>multivitamin</c>).</summary>
    public bool HasStrength => !Dosing.Strengths.IsEmpty;

    /// <summary>The drug's marketed strengths, unit included.</summary>
    public ImmutableArray<string> Strengths => Dosing.Strengths;

    /// <summary>The dose forms the drug comes in (none for class words).</summary>
    public ImmutableArray<DoseForm> Forms => Dosing.Forms;

    /// <summary>The routes the drug is given by.</summary>
    public ImmutableArray<Route> Routes => Dosing.Routes;

    /// <summary>The frequencies the drug is prescribed at.</summary>
    public ImmutableArray<Frequency> Frequencies => Dosing.Frequencies;

    /// <summary>What the drug is given for: its own indications where it has them, else its class's.</summary>
    public ImmutableArray<string> Indications => Dosing.Indications.IsEmpty ? Class.Indications : Dosing.Indications;

    /// <summary>The route a form is given by: the one the form implies, else one of the drug's.</summary>
    public Route RouteFor(DoseForm form, SeededRandom random) =>
        form.RouteCode is { } code ? SigLexicon.Route(code) : random.Pick(Routes);
}
