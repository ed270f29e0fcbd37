using System.Globalization;
using ClinicalNer.Runtime;
using ClinicalNer.Sample.Lexicons;
using ClinicalNer.Text.Sentences;
using static System.FormattableString;

namespace ClinicalNer.Sample.Notes;

/// <summary>
/// The entity-free three quarters of a discharge summary: presenting history, vital signs, exam, laboratory lines,
/// imaging, consultations, course events, instructions. Each method writes whole sentences.
/// </summary>
internal sealed class ClinicalNarrative(NoteContext context)
{
    readonly HashSet<int> _presentingShapes = [], _courseShapes = [], _instructionShapes = [], _examLines = [];

    SeededRandom R => context.Random;
    NoteBuilder N => context.Note;

    /// <summary>The first HPI sentence: age, sex, history, presenting complaint.</summary>
    public void Opening()
    {
        string who = (context.Male ? "Mr. " : "Ms. ") + Deidentified.LastName(R);
        string sex = context.Male ? R.Pick(["M", "man", "male", "yo M"]) : R.Pick(["F", "woman", "female", "yo F"]);
        string age = sex.StartsWith("yo", StringComparison.Ordinal) ? Invariant($"{context.Age} {sex}") : Invariant($"{context.Age} year old {sex}");
        var history = Distinct(ClinicalLexicon.History, R.Between(2, 4)).Select(Spelling.Uncapitalized);
        N.Sentence($"{who} is a {age} with {R.Pick(["a history of", "h/o", "PMH significant for", "a PMH of", "known"])} {string.Join(", ", history)} " +
                   $"who presents with {R.Pick(ClinicalLexicon.ChiefComplaints)} {R.Pick(["for 2 days", "x 3 days", "since this morning", "over the past week", "of 1 day duration", "for several weeks", "that began yesterday"])}.");
    }

    /// <summary>One more sentence of presenting history.</summary>
    public void PresentingDetail()
    {
        switch (Unused(_presentingShapes, 10))
        {
            case 0:
                N.Sentence($"{context.Subject()} reports {Symptoms(2, 3)} {R.Pick(["for the past few days", "since discharge", "that have progressively worsened", "at rest and with exertion"])}.");
                break;
            case 1:
                N.Sentence($"{context.Subject()} denies {Symptoms(3, 5)}.");
                break;
            case 2:
                N.Sentence($"In the ED, initial vitals were {Vitals()}.");
                break;
            case 3:
                N.Sentence($"Labs were notable for {R.Pick(["WBC", "creatinine", "lactate", "troponin", "BNP", "INR", "sodium", "potassium", "hematocrit"])} of {Decimal(5, 180)}{R.Pick(["", " (baseline " + Decimal(5, 20) + ")", ", up from baseline"])}.");
                break;
            case 4:
                N.Sentence($"{R.Pick(ClinicalLexicon.Studies)} {R.Pick(["showed", "revealed", "was notable for", "demonstrated"])} {R.Pick(ClinicalLexicon.ImagingFindings)}.");
                break;
            case 5:
                N.Sentence($"{context.Subject()} was in {(context.Male ? "his" : "her")} usual state of health until {R.Pick(["2 days", "1 week", "3 days", "the morning"])} prior to admission, when {context.Pronoun()} noted {Symptoms(1, 2)}.");
                break;
            case 6:
                N.Sentence($"Of note, {context.Pronoun()} was recently admitted to {Deidentified.Hospital(R)} for {R.Pick(ClinicalLexicon.ChiefComplaints)} and discharged on {Deidentified.MonthDay(context.Admitted.AddDays(-R.Between(5, 40)))}.");
                break;
            case 7:
                N.Sentence($"Per {R.Pick(["family", "her daughter", "his wife", "EMS", "the nursing home"])}, {context.Pronoun()} has had {R.Pick(["poor PO intake", "increased confusion", "several falls", "decreased activity", "worsening leg swelling"])} over the past {R.Pick(["week", "few days", "month"])}.");
                break;
            case 8:
                N.Sentence($"{context.Subject()} was admitted to the {R.Pick(ClinicalLexicon.Units)} for further management.");
                break;
            default:
                N.Sentence($"EKG showed {R.Pick(["sinus rhythm", "sinus tachycardia", "atrial fibrillation", "NSR", "a paced rhythm"])} at {Int(55, 130)} bpm{R.Pick(["", " with no acute ST changes", ", LBBB (old)", " with TWI in V4-V6", ", normal axis and intervals"])}.");
                break;
        }
    }

    /// <summary>A hospital-course event that names no drug.</summary>
    public void CourseDetail()
    {
        switch (Unused(_courseShapes, 16))
        {
            case 0: N.Sentence($"{context.Subject()} remained hemodynamically stable {R.Pick(["throughout the admission", "on the floor", "after transfer", "and afebrile"])}."); break;
            case 1: N.Sentence($"Blood cultures from {Deidentified.Date(context.DuringStay())} {R.Pick(["remained negative", "showed no growth to date", "grew coagulase negative staph in 1 of 4 bottles, felt to be a contaminant"])}."); break;
            case 2: N.Sentence($"{R.Pick(ClinicalLexicon.Services)} was consulted and {R.Pick(["recommended outpatient follow-up", "felt no intervention was needed", "followed along during the admission", "recommended repeat imaging in 6 weeks", "agreed with the current plan"])}."); break;
            case 3: N.Sentence($"{R.Pick(ClinicalLexicon.Studies)} on {Deidentified.MonthDay(context.DuringStay())} showed {R.Pick(ClinicalLexicon.ImagingFindings)}."); break;
            case 4: N.Sentence($"{context.Subject()} underwent {Spelling.Uncapitalized(R.Pick(ClinicalLexicon.Procedures))} on {Deidentified.Date(context.DuringStay())} {R.Pick(["without complications", "which was uncomplicated", "with good result", "and tolerated the procedure well"])}."); break;
            case 5: N.Sentence($"Creatinine peaked at {Decimal(15, 45)} and {R.Pick(["returned to baseline", "trended down", "improved"])} to {Decimal(8, 16)} at discharge."); break;
            case 6: N.Sentence($"INR was {Decimal(15, 35)} on discharge and {context.Pronoun()} will follow up in the {Deidentified.Hospital(R)} {R.Pick(["Coumadin", "anticoagulation", "[**Company 191**]"])} clinic."); break;
            case 7: N.Sentence($"{context.Subject()} had poor PO intake initially, which improved with {R.Pick(["treatment of nausea", "time", "encouragement", "nutrition consult"])}."); break;
            case 8: N.Sentence($"IV access was difficult and a {R.Pick(["PICC line", "midline", "central line"])} was placed on {Deidentified.MonthDay(context.DuringStay())}."); break;
            case 9: N.Sentence($"{context.Subject()} was weaned to room air {R.Pick(["by discharge", "on hospital day 3", "and ambulated without desaturation"])}."); break;
            case 10: N.Sentence($"{context.Subject()} was evaluated by physical therapy who recommended {R.Pick(["rehab", "home with services", "discharge home with a walker", "outpatient PT"])}."); break;
            case 11: N.Sentence($"Code status: {R.Pick(["Full code", "DNR/DNI", "Full code (confirmed with patient)", "DNR, ok to intubate"])}."); break;
            case 12: N.Sentence($"Hct remained stable at {Decimal(250, 380)} and {context.Pronoun()} required no further transfusions."); break;
            case 13: N.Sentence($"Potassium and magnesium were {R.Pick(["monitored", "checked daily", "followed"])} and repleted to goal {R.Pick(["K > 4.0, Mg > 2.0", "per protocol"])}."); break;
            case 14: N.Sentence($"Urine output {R.Pick(["improved", "remained adequate", "was monitored closely"])} and electrolytes were followed daily."); break;
            default: N.Sentence($"{context.Subject()} was {R.Pick(["ambulating independently", "tolerating a regular diet", "at baseline mental status", "pain free"])} at the time of discharge."); break;
        }
    }

    /// <summary>A vital-signs line of the exam.</summary>
    public void VitalSigns() => N.Sentence($"{R.Pick(["VS", "Vitals", "VS", "Admission VS"])}: {Vitals()}");

    public void ExamLine() => N.Sentence(ClinicalLexicon.ExamLines[Unused(_examLines, ClinicalLexicon.ExamLines.Length)]);

    /// <summary>A laboratory result line as MIMIC prints them (<c>[**2115-2-22**] 05:40PM BLOOD WBC-12.3* ...</c>).</summary>
    public void LabLine()
    {
        string stamp = Invariant($"{Deidentified.Date(context.DuringStay())} {R.Between(1, 12):00}:{R.Between(0, 59):00}{R.Pick(["AM", "PM"])} ");
        string values = R.Next(6) switch
        {
            0 => $"BLOOD WBC-{Decimal(30, 200)}* RBC-{Decimal(25, 50)}* Hgb-{Decimal(70, 150)}* Hct-{Decimal(220, 450)} MCV-{Int(78, 102)} MCH-{Decimal(260, 340)} MCHC-{Decimal(310, 360)} RDW-{Decimal(120, 180)} Plt Ct-{Int(40, 450)}",
            1 => $"BLOOD Glucose-{Int(60, 320)}* UreaN-{Int(6, 90)}* Creat-{Decimal(5, 60)}* Na-{Int(124, 148)} K-{Decimal(30, 62)} Cl-{Int(90, 112)} HCO3-{Int(14, 32)} AnGap-{Int(8, 22)}",
            2 => $"BLOOD Calcium-{Decimal(75, 105)} Phos-{Decimal(20, 60)} Mg-{Decimal(14, 28)}",
            3 => $"BLOOD PT-{Decimal(110, 400)}* PTT-{Decimal(220, 900)} INR(PT)-{Decimal(9, 45)}*",
            4 => $"BLOOD ALT-{Int(8, 400)} AST-{Int(10, 500)} AlkPhos-{Int(40, 400)} TotBili-{Decimal(2, 60)} Albumin-{Decimal(20, 45)}",
            _ => R.Pick([$"BLOOD Vanco-{Decimal(50, 300)}", $"BLOOD Digoxin-{Decimal(3, 25)}", $"BLOOD Lithium-{Decimal(3, 20)}", $"BLOOD Phenyto-{Decimal(40, 250)}", $"BLOOD Tobra-{Decimal(5, 90)}", $"BLOOD Lactate-{Decimal(5, 60)}", $"BLOOD CK(CPK)-{Int(30, 3000)} cTropnT-{R.Pick(["<0.01", "0.04*", "0.12*", "1.34*"])}", $"URINE Color-Yellow Appear-Clear Sp Gr-1.0{Int(5, 30)} Blood-NEG Nitrite-{R.Pick(["NEG", "POS"])} Protein-{R.Pick(["NEG", "TR", "30"])} Glucose-NEG Leuks-{R.Pick(["NEG", "SM", "LG"])}"]),
        };
        N.Sentence(stamp + values);
    }

    /// <summary>An imaging or study result in the Pertinent Results section.</summary>
    public void StudyResult() => N.Sentence($"{R.Pick(ClinicalLexicon.Studies)} ({Deidentified.MonthDay(context.DuringStay())}): {Spelling.Capitalized(R.Pick(ClinicalLexicon.ImagingFindings))}.");

    /// <summary>An entity-free discharge instruction.</summary>
    public void Instruction()
    {
        switch (Unused(_instructionShapes, 8))
        {
            case 0: N.Sentence($"You were admitted to the hospital for {R.Pick(ClinicalLexicon.ChiefComplaints)}."); break;
            case 1: N.Sentence($"Please call your doctor or return to the emergency room if you experience {string.Join(", ", Distinct(ClinicalLexicon.ReturnPrecautions, 3))}."); break;
            case 2: N.Sentence($"Please weigh yourself every morning, and call your doctor if your weight goes up more than {R.Pick(["3 lbs", "2 pounds", "5 lbs"])}."); break;
            case 3: N.Sentence($"It was a pleasure taking care of you at {Deidentified.Hospital(R)}."); break;
            case 4: N.Sentence("Please take all of your medications as prescribed and keep your follow up appointments."); break;
            case 5: N.Sentence($"Please follow a {R.Pick(["low sodium (2 gram) diet", "cardiac diet", "diabetic diet", "low fat diet"])} and {R.Pick(["limit your fluid intake to 1.5 liters per day", "avoid alcohol", "stay active as tolerated"])}."); break;
            case 6: N.Sentence($"You should not drive {R.Pick(["for 1 week", "while taking pain medication", "until cleared by your doctor"])}."); break;
            default: N.Sentence($"Please {R.Pick(["do not lift more than 10 lbs", "keep your incision clean and dry", "avoid strenuous activity", "check your blood sugars before meals and at bedtime"])} {R.Pick(["for 2 weeks", "until your follow up appointment", "as instructed"])}."); break;
        }
    }

    /// <summary>A follow-up appointment line.</summary>
    public void Followup()
    {
        var date = context.Discharged.AddDays(R.Between(3, 40));
        N.Sentence(R.Next(3) switch
        {
            0 => Invariant($"Provider: {Deidentified.Person(R)}, MD Phone:{Deidentified.Telephone(R)} Date/Time:{Deidentified.Date(date)} {R.Between(8, 16)}:{R.Pick(["00", "15", "30", "45"])}"),
            1 => $"Please follow up with your PCP {R.Pick(["Dr.", "Dr"])} {Deidentified.Person(R)} within 1-2 weeks of discharge.",
            _ => $"Follow up with {R.Pick(ClinicalLexicon.Services)} in {R.Pick(["2 weeks", "4-6 weeks", "1 month", "3 months"])}, call {Deidentified.Telephone(R)} to schedule.",
        });
    }

    /// <summary>Draws one of <paramref name="count"/> shapes not yet used in this note (all again once all are used), as a note rarely repeats itself.</summary>
    int Unused(HashSet<int> used, int count)
    {
        if (used.Count >= count) used.Clear();
        int shape;
        do shape = R.Next(count); while (!used.Add(shape));
        return shape;
    }

    string Vitals() => Invariant($"T {Decimal(970, 1025)} HR {R.Between(52, 128)} BP {R.Between(84, 182)}/{R.Between(42, 104)} RR {R.Between(12, 30)} O2 sat {R.Between(86, 100)}% on {R.Pick(["RA", "2L NC", "4L", "NRB", "room air", "3L NC"])}");

    string Symptoms(int min, int max)
    {
        var s = Distinct(ClinicalLexicon.Symptoms, R.Between(min, max));
        return s.Count == 1 ? s[0] : string.Join(", ", s.Take(s.Count - 1)) + " or " + s[^1];
    }

    /// <summary>An integer in [lo, hi] as invariant text.</summary>
    string Int(int lo, int hi) => R.Between(lo, hi).ToString(CultureInfo.InvariantCulture);

    /// <summary>A number with one decimal from tenths in [lo, hi] (<c>Decimal(970, 1025)</c> is 97.0 to 102.5).</summary>
    string Decimal(int lo, int hi)
    {
        int tenths = R.Between(lo, hi);
        return Invariant($"{tenths / 10}.{tenths % 10}");
    }

    /// <summary><paramref name="count"/> different items in drawing order (fixed by the seed).</summary>
    List<string> Distinct(IReadOnlyList<string> items, int count)
    {
        var chosen = new List<string>(count);
        while (chosen.Count < Math.Min(count, items.Count))
        {
            var item = R.Pick(items);
            if (!chosen.Contains(item)) chosen.Add(item);
        }
        return chosen;
    }
}
