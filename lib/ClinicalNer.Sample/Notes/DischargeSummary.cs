using ClinicalNer.Runtime;
using ClinicalNer.Sample.Lexicons;
using ClinicalNer.Text.Sentences;
using static System.FormattableString;

namespace ClinicalNer.Sample.Notes;

/// <summary>
/// Writes one synthetic MIMIC-style discharge summary, section by section in the usual order: header, allergies,
/// complaint, history, exam, results, hospital course, admission and discharge medications, disposition,
/// diagnoses, instructions and follow-up. The patient's home medications recur across sections, as in real notes.
/// </summary>
internal sealed class DischargeSummary
{
    readonly NoteContext _c;
    readonly ClinicalNarrative _clinical;
    readonly MedicationNarrative _medications;
    readonly MedicationList _lists;
    readonly List<Medication> _homeMedications = [];

    DischargeSummary(NoteContext context)
    {
        _c = context;
        _clinical = new ClinicalNarrative(context);
        _medications = new MedicationNarrative(context);
        _lists = new MedicationList(context);
    }

    SeededRandom R => _c.Random;
    NoteBuilder N => _c.Note;

    /// <summary>Writes note <paramref name="id"/>; everything random comes from <paramref name="random"/>.</summary>
    public static GeneratedNote Write(string id, SeededRandom random, bool heldOut, NoteLength length)
    {
        var summary = new DischargeSummary(new NoteContext(random, heldOut, length));
        summary.WriteSections();
        return summary.N.Build(id);
    }

    void WriteSections()
    {
        int homeCount = _c.ListCount(5, 14);
        while (_homeMedications.Count < homeCount)
        {
            var m = _c.PickMedication(allowClassWords: false);
            if (!_homeMedications.Exists(h => h.Name == m.Name)) _homeMedications.Add(m);
        }
        Header();
        Section("Allergies", () => N.Sentence(R.Chance(0.35) ? "Patient recorded as having No Known Allergies to Drugs"
            : string.Join(" / ", Enumerable.Range(0, R.Between(1, 3)).Select(_ => R.Pick(ClinicalLexicon.Allergens)).Distinct())));
        N.Sentence(Invariant($"Attending:[**First Name3 (LF) {R.Between(100, 9999)}**]")).Text("\n");
        Section("Chief Complaint", () => N.Sentence(R.Pick(ClinicalLexicon.ChiefComplaints)));
        if (_c.Includes()) Section("Major Surgical or Invasive Procedure", () => N.Sentence(R.Chance(0.4) ? "None" : R.Pick(ClinicalLexicon.Procedures)));
        Section("History of Present Illness", () =>
        {
            _clinical.Opening();
            N.Text(" ");
            Paragraph(_c.Count(4, 12), () =>
            {
                double roll = R.NextDouble();
                if (roll < 0.17) _medications.Treatment(R.Chance(0.5) ? R.Pick(_homeMedications) : null);
                else if (roll < 0.31) _medications.Several(R.Pick(_homeMedications));
                else _clinical.PresentingDetail();
            });
        });
        Section("Past Medical History", () => Lines(_c.Count(4, 12), i =>
        {
            if (R.Chance(0.3)) _medications.HistoryItem(R.Pick(_homeMedications));
            else N.Sentence(R.Pick(["- ", "", Invariant($"{i + 1}. "), "* "]) + R.Pick(ClinicalLexicon.History));
        }));
        if (_c.Includes()) Section("Social History", () => Paragraph(_c.Count(2, 5), () => N.Sentence(R.Pick(ClinicalLexicon.SocialHistory))));
        if (_c.Includes()) Section("Family History", () => Paragraph(_c.Count(1, 3), () => N.Sentence(R.Pick(ClinicalLexicon.FamilyHistory))));
        Section("Physical Exam", () =>
        {
            _clinical.VitalSigns(); N.Text("\n");
            Lines(_c.Count(4, 9), _ => _clinical.ExamLine());
            if (R.Chance(0.45 * _c.Scale))
            {
                N.Text("\n\n").Sentence("Discharge exam:").Text("\n");
                _clinical.VitalSigns(); N.Text("\n");
                Lines(_c.Count(3, 8), _ => _clinical.ExamLine());
            }
        });
        Section("Pertinent Results", () =>
        {
            Lines(_c.Count(3, 10), _ => _clinical.LabLine());
            N.Text("\n");
            Lines(_c.Count(1, 5), _ => _clinical.StudyResult());
        });
        Section("Brief Hospital Course", HospitalCourse);
        Section("Medications on Admission", AdmissionMedications, blankAfter: true);
        Section("Discharge Medications", () =>
        {
            var discharge = _homeMedications.Where(_ => R.Chance(0.8)).ToList();
            for (int extra = _c.ListCount(1, 6); extra > 0; extra--) discharge.Add(_c.PickMedication(allowClassWords: false));
            for (int i = 0; i < discharge.Count; i++) _lists.PharmacyItem(i + 1, discharge[i]);
        }, blankAfter: true);
        Section("Discharge Disposition", () => N.Sentence(R.Pick(ClinicalLexicon.Dispositions)));
        if (R.Chance(0.4 * _c.Scale)) Section("Facility", () => N.Sentence(Deidentified.Location(R) + R.Pick([" VNA", "", " Rehab", " Nursing Home"])));
        Section("Discharge Diagnosis", () =>
        {
            N.Sentence("Primary:").Text("\n").Sentence(Spelling.Capitalized(R.Pick(ClinicalLexicon.ChiefComplaints))).Text("\n\n");
            N.Sentence("Secondary:").Text("\n");
            Lines(_c.Count(2, 6), _ => N.Sentence(R.Pick(ClinicalLexicon.History)));
        });
        if (_c.Includes()) Section("Discharge Condition", () => Lines(R.Between(1, 3), _ => N.Sentence(R.Pick(ClinicalLexicon.Conditions))));
        Section("Discharge Instructions", DischargeInstructions);
        Section("Followup Instructions", () => Lines(_c.Count(1, 4), _ => _clinical.Followup()));
        N.Text("\n\n                             ").Sentence(Invariant(
            $"[**First Name11 (Name Pattern1) {R.Between(100, 9999)}**] [**Last Name (NamePattern4) {R.Between(100, 9999)}**] MD [**MD Number(1) {R.Between(100, 9999)}**]"));
        N.Text("\n\n").Sentence("Completed by:" + Deidentified.Date(_c.Discharged)).Text("\n");
    }

    void Header()
    {
        N.Text("\n").Sentence($"Admission Date:  {Deidentified.Date(_c.Admitted)}              Discharge Date:   {Deidentified.Date(_c.Discharged)}").Text("\n\n");
        var birth = new DateOnly(_c.Admitted.Year - _c.Age, R.Between(1, 12), R.Between(1, 28));
        N.Sentence($"Date of Birth:  {Deidentified.Date(birth)}             Sex:   {(_c.Male ? "M" : "F")}").Text("\n\n");
        N.Sentence($"Service: {R.Pick(ClinicalLexicon.ServiceHeaders)}").Text("\n\n");
    }

    void HospitalCourse()
    {
        if (R.Chance(0.7)) { _clinical.Opening(); N.Text("\n\n"); }
        int problems = _c.ListCount(3, 8);
        for (int p = 0; p < problems; p++)
        {
            if (p > 0) N.Text("\n\n");
            var m = R.Chance(0.5) ? R.Pick(_homeMedications) : _c.PickMedication();
            string problem = R.PickSkewed(m.Indications);
            _c.Problem = (m.Class, problem);
            N.Text($"{R.Pick(["# ", "#", "", "# "])}{Spelling.Capitalized(problem)}: ");
            int medicationSentences = R.Between(1, 2), otherSentences = _c.Scale < 1 ? R.Between(0, 2) : R.Between(1, 3);
            int total = medicationSentences + otherSentences;
            for (int s = 0; s < total; s++)
            {
                if (s > 0) N.Text(R.Chance(0.15) ? "\n" : " ");
                bool medication = R.Next(total - s) < medicationSentences;
                if (!medication) { _clinical.CourseDetail(); continue; }
                medicationSentences--;
                double roll = R.NextDouble();
                var subject = s == 0 || R.Chance(0.6) ? m : R.Chance(0.6) ? _c.PickMedication(m.Class) : null;
                if (roll < 0.46) _medications.Treatment(subject);
                else if (roll < 0.71) _medications.AdverseEvent(subject);
                else if (roll < 0.8) _medications.Mention(subject);
                else if (roll < 0.92) _medications.Several(subject);
                else _medications.Discontinuous();
            }
        }
        _c.Problem = null;
    }

    void DischargeInstructions()
    {
        Paragraph(_c.Count(2, 5), _clinical.Instruction);
        if (R.Chance(0.75))
        {
            N.Text("\n\n").Sentence(R.Pick(["The following changes were made to your medications:", "Medication changes:", "We made the following changes to your medications:"])).Text("\n");
            Lines(_c.ListCount(2, 8), _ =>
            {
                double roll = R.NextDouble();
                if (roll < 0.05) _medications.Taper();
                else if (roll < 0.1) _medications.Discontinuous();
                else _medications.Change(R.Chance(0.5) ? R.Pick(_homeMedications) : null);
            });
        }
        if (R.Chance(0.6))
        {
            N.Text("\n\n");
            Paragraph(_c.Count(1, 3), _clinical.Instruction);
        }
    }

    void AdmissionMedications()
    {
        var listed = _homeMedications.Where(_ => R.Chance(0.9)).ToList();
        if (listed.Count == 0) listed.Add(_homeMedications[0]);
        switch (R.Next(6))
        {
            case 0:
                for (int i = 0; i < listed.Count; i += 4) _lists.RunOnLine(listed.Skip(i).Take(4).ToList());
                break;
            case 1:
                foreach (var m in listed) _lists.ClinicianItem(R.Pick(["- ", "-"]), m);
                break;
            case 2:
                N.Sentence("Preadmission medication list is accurate and complete.").Text("\n");
                goto default;
            default:
                for (int i = 0; i < listed.Count; i++) _lists.ClinicianItem(Invariant($"{i + 1}. "), listed[i]);
                break;
        }
    }

    /// <summary>A section: its header line, its body, a blank line.</summary>
    void Section(string header, Action body, bool blankAfter = false)
    {
        N.Sentence(header + ":").Text("\n");
        body();
        N.Text(blankAfter ? "\n" : "\n\n");
    }

    /// <summary>Sentences run together with spaces, wrapped now and then as dictated text is.</summary>
    void Paragraph(int sentences, Action sentence)
    {
        for (int i = 0; i < sentences; i++)
        {
            if (i > 0) N.Text(R.Chance(0.2) ? "\n" : " ");
            sentence();
        }
    }

    void Lines(int count, Action<int> line)
    {
        for (int i = 0; i < count; i++)
        {
            if (i > 0) N.Text("\n");
            line(i);
        }
    }
}
