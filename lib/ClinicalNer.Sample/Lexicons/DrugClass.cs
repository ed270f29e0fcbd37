using System.Collections.Immutable;

namespace ClinicalNer.Sample.Lexicons;

/// <summary>
/// A therapeutic class and how its members are written up: names (generic and brand, common first), strengths,
/// dose forms, routes and frequencies, what they are given for (Reason) and what they cause (ADE).
/// Indications and adverse effects share many words across classes (hypotension is a Reason for a pressor and an
/// ADE of a beta blocker), so only the context tells Reason from ADE, as in n2c2.
/// </summary>
internal sealed record DrugClass(
    string Name,
    int Weight,
    ImmutableArray<string> Drugs,
    ImmutableArray<string> Strengths,
    ImmutableArray<DoseForm> Forms,
    ImmutableArray<Route> Routes,
    ImmutableArray<Frequency> Frequencies,
    ImmutableArray<string> Indications,
    ImmutableArray<string> AdverseEffects,
    ImmutableArray<string> AsNeededReasons)
{
    /// <summary>Names that appear in training notes; the others appear only in held-out notes, as unseen drugs do in real data.</summary>
    public ImmutableArray<string> TrainingDrugs { get; } = Drugs.Where((_, i) => !IsHeldOut(i)).ToImmutableArray();

    /// <summary>Every fifth name after the three commonest is held out of training notes.</summary>
    public static bool IsHeldOut(int index) => index >= 3 && index % 5 == 4;

    /// <summary>The names a note of the given split may use.</summary>
    public ImmutableArray<string> DrugsFor(bool heldOut) => heldOut ? Drugs : TrainingDrugs;
}
