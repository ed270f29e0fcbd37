using ClinicalNer.Runtime;
using System.Collections.Immutable;

namespace ClinicalNer.Sample.Lexicons;

/// <summary>
/// A drug name as drawn for a note, with the class that says how it is dosed and what it is for. Each name keeps
/// its own few strengths and forms of the class (chosen by a stable hash of the name), so that a drug is written
/// alike across notes (<c>Zetia 10 mg</c>, never <c>Zetia 600 mg</c>), as real prescriptions are.
/// </summary>
internal sealed record Medication(string Name, DrugClass Class)
{
    /// <summary>True for the class words (<c>antibiotics</c>, <c>steroids</c>), which carry no strength or form.</summary>
    public bool IsClassWord => Class.Strengths.Length == 0;

    /// <summary>Up to three strengths of the class for this name.</summary>
    public ImmutableArray<string> Strengths { get; } = Slice(Class.Strengths, Hash(Name), 3);

    /// <summary>Up to two dose forms of the class for this name.</summary>
    public ImmutableArray<DoseForm> Forms { get; } = Slice(Class.Forms, Hash(Name) / 7, 2);

    /// <summary>The route a form is given by: the one the form implies, else one of the class's.</summary>
    public Route RouteFor(DoseForm form, SeededRandom random) =>
        form.RouteCode is { } code ? SigLexicon.Route(code) : random.Pick(Class.Routes);

    static ImmutableArray<T> Slice<T>(ImmutableArray<T> items, int start, int count)
    {
        if (items.Length == 0) return [];
        count = Math.Min(count, items.Length);
        var slice = ImmutableArray.CreateBuilder<T>(count);
        for (int i = 0; i < count; i++) slice.Add(items[(start + i) % items.Length]);
        return slice.MoveToImmutable();
    }

    /// <summary>FNV-1a over the UTF-16 units: stable across runs and machines (string.GetHashCode is randomised).</summary>
    static int Hash(string text)
    {
        uint h = 2166136261;
        foreach (char c in text) h = (h ^ c) * 16777619;
        return (int)(h & 0x7FFFFFFF);
    }
}
