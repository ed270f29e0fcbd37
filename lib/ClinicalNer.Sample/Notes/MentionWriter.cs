using ClinicalNer.Corpus;
using ClinicalNer.Runtime;
using ClinicalNer.Sample.Lexicons;
namespace ClinicalNer.Sample.Notes;

/// <summary>
/// Writes single mentions into a note and ties each attribute to its drug with the n2c2 relation
/// (<c>Strength-Drug</c>, <c>Reason-Drug</c>, ...), so that every writer annotates the same way.
/// </summary>
internal sealed class MentionWriter(NoteContext context)
{
    SeededRandom R => context.Random;
    NoteBuilder N => context.Note;

    public Mention Drug(Medication medication, bool sentenceStart = false)
    {
        string name = Spelling.Noisy(R, medication.Name);
        return N.Entity(EntityTypes.Drug, sentenceStart ? Spelling.Capitalized(name) : name);
    }

    /// <summary>The drug as a pharmacy list prints it (<c>Metoprolol Tartrate</c>).</summary>
    public Mention ListedDrug(Medication medication) =>
        N.Entity(EntityTypes.Drug, R.Chance(0.03) ? Spelling.Typo(R, Spelling.Title(medication.Name)) : Spelling.Title(medication.Name));

    /// <summary>Writes an attribute (or Reason, ADE) of <paramref name="drug"/> and relates it.</summary>
    public Mention Attribute(string type, string text, Mention drug)
    {
        var mention = N.Entity(type, text);
        N.Relate(mention, drug);
        return mention;
    }

    /// <summary>Writes a Reason or ADE related to several drugs (<c>vancomycin and cefepime for sepsis</c>).</summary>
    public Mention Condition(string type, string text, params ReadOnlySpan<Mention> drugs)
    {
        var mention = N.Entity(type, text);
        foreach (var d in drugs) N.Relate(mention, d);
        return mention;
    }

    /// <summary>One of the drug's strengths, as a clinician writes it (<c>25 mg</c>, sometimes <c>25mg</c>).</summary>
    public string Strength(Medication medication)
    {
        string s = R.Pick(medication.Strengths);
        return R.Chance(0.12) ? s.Replace(" mg", "mg", StringComparison.Ordinal) : s;
    }

    public Frequency Frequency(Medication medication) => R.Pick(medication.Frequencies);

    public string WrittenFrequency(Medication medication) => R.Pick(Frequency(medication).Written);

    /// <summary>A route for the drug: by one of its forms most of the time, else any of its routes.</summary>
    public Route Route(Medication medication) =>
        !medication.Forms.IsEmpty && R.Chance(0.7) ? medication.RouteFor(R.Pick(medication.Forms), R) : R.Pick(medication.Routes);

    /// <summary>What the drug is given for: the current problem when the drug treats it, else one of its indications.</summary>
    public string Indication(Medication medication) =>
        context.Problem is { } p && p.Class == medication.Class && medication.Indications.Contains(p.Indication) && R.Chance(0.6)
            ? p.Indication : Noisy(R.PickSkewed(medication.Indications));

    /// <summary>
    /// The Reason of an as-needed frequency: the class's as-needed words (<c>breakthrough pain</c>) unless the drug
    /// has indications of its own, which the class's words may not fit (<c>zolpidem</c> for itching).
    /// </summary>
    public string AsNeededReason(Medication medication) =>
        medication.Dosing.Indications.IsEmpty && medication.Class.AsNeededReasons.Length > 0
            ? R.Pick(medication.Class.AsNeededReasons) : Indication(medication);

    public string AdverseEffect(Medication medication) => Noisy(R.PickSkewed(medication.Class.AdverseEffects));

    public string Duration() => R.Pick(SigLexicon.Durations);

    /// <summary>
    /// Writes a drug with a clinician's dose phrase: the name alone, <c>IV vancomycin</c>, <c>metoprolol 25 mg PO bid</c>,
    /// <c>lasix 40mg IV</c>. Returns the Drug mention.
    /// </summary>
    public Mention DrugWithDose(Medication medication, bool sentenceStart = false)
    {
        int shape = !medication.HasStrength ? R.Next(2) * 5 : Math.Max(0, R.Next(12) - 2);
        if (shape == 5)
        {
            string before = R.Pick(Route(medication).Before);
            int start = N.Position;
            N.Text(sentenceStart ? Spelling.Capitalized(before) : before);
            var routeMention = N.Span(EntityTypes.Route, start, N.Position);
            N.Text(" ");
            var drug = Drug(medication);
            N.Relate(routeMention, drug);
            return drug;
        }
        var d = Drug(medication, sentenceStart);
        if (shape < 5) return d;
        N.Text(" ");
        Attribute(EntityTypes.Strength, Strength(medication), d);
        if (shape >= 7)
        {
            N.Text(" ");
            Attribute(EntityTypes.Route, R.Pick(Route(medication).After), d);
        }
        if (shape is 6 or 9)
        {
            N.Text(" ");
            Attribute(EntityTypes.Frequency, WrittenFrequency(medication), d);
        }
        return d;
    }

    string Noisy(string text) => R.Chance(0.03) ? Spelling.Typo(R, text) : text;
}
