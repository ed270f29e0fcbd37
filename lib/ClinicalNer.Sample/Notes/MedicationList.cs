using ClinicalNer.Corpus;
using ClinicalNer.Runtime;
using ClinicalNer.Sample.Lexicons;
using ClinicalNer.Text.Sentences;
using static System.FormattableString;

namespace ClinicalNer.Sample.Notes;

/// <summary>
/// The numbered medication lists of discharge summaries: the pharmacy-printed discharge list
/// (<c>1. Metoprolol Tartrate 25 mg Tablet Sig: One (1) Tablet PO BID (2 times a day).</c>, then a <c>Disp:</c>
/// line whose <c>Tablet(s)</c> is not a Form mention) and the terser admission lists clinicians type.
/// </summary>
internal sealed class MedicationList(NoteContext context)
{
    readonly MentionWriter _m = new(context);
    SeededRandom R => context.Random;
    NoteBuilder N => context.Note;

    /// <summary>One pharmacy-printed item, numbered <paramref name="number"/>, with its dispensing line most of the time.</summary>
    public void PharmacyItem(int number, Medication m)
    {
        var form = R.Pick(m.Forms);
        N.Text(Invariant($"{number}. "));
        var d = _m.ListedDrug(m);
        if (m.HasStrength && R.Chance(0.8))
        {
            N.Text(" "); _m.Attribute(EntityTypes.Strength, R.Pick(m.Strengths), d);
            N.Text(" ");
        }
        else N.Text(R.Pick(["     ", "  ", " "]));
        _m.Attribute(EntityTypes.Form, form.Name, d);
        N.Text(" Sig: ");
        var (dosage, plural) = PharmacyDosage(form);
        _m.Attribute(EntityTypes.Dosage, form.UnitInDosage ? dosage + " " + form.Unit : dosage, d);
        if (form.Unit is { } unit && !form.UnitInDosage && R.Chance(0.8))
        {
            N.Text(" "); _m.Attribute(EntityTypes.Form, plural && unit is "Tablet" or "Capsule" ? unit + "s" : unit, d);
        }
        N.Text(" "); _m.Attribute(EntityTypes.Route, m.RouteFor(form, R).Pharmacy, d);
        var frequency = _m.Frequency(m);
        N.Text(" "); _m.Attribute(EntityTypes.Frequency, frequency.Pharmacy, d);
        if (frequency.AsNeeded && R.Chance(0.9))
        {
            N.Text(" for ");
            _m.Attribute(EntityTypes.Reason, _m.AsNeededReason(m), d);
        }
        if (R.Chance(m.Class.Name.StartsWith("antibiotic", StringComparison.Ordinal) ? 0.2 : 0.01))
        {
            N.Text(" "); _m.Attribute(EntityTypes.Duration, _m.Duration(), d);
        }
        N.Text(".").EndSentence();
        if (R.Chance(0.85))
            N.Text("\n").Sentence(Invariant($"Disp:*{R.Pick([30, 60, 90, 15, 20, 14, 1, 100, 120, 28])} {form.Unit ?? form.Name}(s)* Refills:*{R.Pick([0, 0, 1, 2, 3, 5])}*"));
        N.Text("\n");
    }

    /// <summary>One admission-list item as a clinician types it (<c>2. Lisinopril 10 mg daily</c>, <c>- lasix 40mg PO BID</c>).</summary>
    public void ClinicianItem(string bullet, Medication m)
    {
        N.Text(bullet);
        var d = R.Chance(0.5) ? _m.ListedDrug(m) : _m.Drug(m, sentenceStart: R.Chance(0.5));
        if (m.HasStrength && R.Chance(0.85))
        {
            N.Text(" "); _m.Attribute(EntityTypes.Strength, _m.Strength(m), d);
        }
        var form = m.Forms.IsEmpty ? null : R.Pick(m.Forms);
        var shortForm = form?.ShortUnit;
        if (shortForm is { } unit && R.Chance(0.18))
        {
            bool two = R.Chance(0.2);
            N.Text(" "); _m.Attribute(EntityTypes.Dosage, two ? "2" : "1", d);
            N.Text(" "); _m.Attribute(EntityTypes.Form, two ? unit.Many : unit.One, d);
        }
        if (R.Chance(0.45))
        {
            N.Text(" "); _m.Attribute(EntityTypes.Route, R.Pick((form is null ? _m.Route(m) : m.RouteFor(form, R)).After), d);
        }
        if (R.Chance(0.62))
        {
            var frequency = _m.Frequency(m);
            N.Text(" "); _m.Attribute(EntityTypes.Frequency, R.Pick(frequency.Written), d);
            if (frequency.AsNeeded && R.Chance(0.5))
            {
                N.Text(" "); _m.Attribute(EntityTypes.Reason, _m.AsNeededReason(m), d);
            }
        }
        N.EndSentence().Text("\n");
    }

    /// <summary>Several admission medications typed on one line: <c>Aspirin 81 mg daily, metoprolol 25 mg bid, ...</c>.</summary>
    public void RunOnLine(IReadOnlyList<Medication> medications)
    {
        for (int i = 0; i < medications.Count; i++)
        {
            if (i > 0) N.Text(R.Chance(0.8) ? ", " : "; ");
            var m = medications[i];
            var d = _m.Drug(m, sentenceStart: i == 0);
            if (m.HasStrength)
            {
                N.Text(" "); _m.Attribute(EntityTypes.Strength, _m.Strength(m), d);
            }
            if (R.Chance(0.75)) { N.Text(" "); _m.Attribute(EntityTypes.Frequency, _m.WrittenFrequency(m), d); }
        }
        N.Text(".").EndSentence().Text("\n");
    }

    (string Text, bool Plural) PharmacyDosage(DoseForm form)
    {
        int n = form.Unit switch
        {
            "Puff" => R.Pick([2, 2, 1, 2, 4]),
            "ML" => R.Pick([5, 10, 15, 30, 20]),
            "units" => R.Between(2, 44),
            "gram" => R.Pick([17, 10, 15, 30]),
            _ => R.Pick([1, 1, 1, 1, 1, 2, 2, 3, 0, -1]),
        };
        return n switch
        {
            0 => ("0.5", false),
            -1 => ("1-2", true),
            _ => (SigLexicon.PharmacyCount(n), n > 1),
        };
    }
}
