using System.Collections.Immutable;

namespace ClinicalNer.Sample.Lexicons;

/// <summary>
/// How one drug is prescribed, as a pharmacist would accept it: its marketed strengths (unit included), the dose
/// forms they come in, the routes and frequencies its label gives, and what it is given for when its class's
/// indications do not all fit it (empty: the class's). Brand names share their generic's row, so that
/// <c>Coumadin</c> is dosed like <c>warfarin</c>. Class words (<c>antibiotics</c>) have no strengths and no forms.
/// </summary>
internal sealed record Dosing(
    ImmutableArray<string> Strengths,
    ImmutableArray<DoseForm> Forms,
    ImmutableArray<Route> Routes,
    ImmutableArray<Frequency> Frequencies,
    ImmutableArray<string> Indications);
