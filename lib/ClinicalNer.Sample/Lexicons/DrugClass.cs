using System.Collections.Immutable;

namespace ClinicalNer.Sample.Lexicons;

/// <summary>
/// A therapeutic class: its names (generic and brand, common first), what its members are given for (Reason) and
/// what they cause (ADE). How each name is dosed is its own (<see cref="DosingLexicon"/>), and so are its
/// indications where the class's do not all fit it. Indications and adverse effects share many words across
/// classes (hypotension is a Reason for a pressor and an ADE of a beta blocker), so only the context tells Reason
/// from ADE, as in n2c2. <see cref="IsClassWords"/>: the pseudo-class of class words (<c>antibiotics</c>).
/// </summary>
internal sealed record DrugClass(
    string Name,
    int Weight,
    ImmutableArray<string> Drugs,
    ImmutableArray<string> Indications,
    ImmutableArray<string> AdverseEffects,
    ImmutableArray<string> AsNeededReasons,
    bool IsClassWords)
{
    /// <summary>Names that appear in training notes; the others appear only in held-out notes, as unseen drugs do in real data.</summary>
    public ImmutableArray<string> TrainingDrugs { get; } = Drugs.Where((_, i) => !IsHeldOut(i)).ToImmutableArray();

    /// <summary>Every fifth name after the three commonest is held out of training notes.</summary>
    public static bool IsHeldOut(int index) => index >= 3 && index % 5 == 4;

    /// <summary>The names a note of the given split may use.</summary>
    public ImmutableArray<string> DrugsFor(bool heldOut) => heldOut ? Drugs : TrainingDrugs;
}
