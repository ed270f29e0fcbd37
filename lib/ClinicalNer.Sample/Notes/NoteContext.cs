using ClinicalNer.Runtime;
using ClinicalNer.Sample.Lexicons;
namespace ClinicalNer.Sample.Notes;

/// <summary>
/// Everything one note's writers share: its random stream, its builder, the patient (sex, age, dates) and whether
/// the note is held out (held-out notes may use drug names that training notes never show).
/// </summary>
internal sealed class NoteContext
{
    public NoteContext(SeededRandom random, bool heldOut, NoteLength length)
    {
        Random = random;
        HeldOut = heldOut;
        Scale = length == NoteLength.Typical ? 1.0 : 0.3;
        ListScale = length == NoteLength.Typical ? 1.0 : 0.5;
        Male = random.Chance(0.5);
        Age = random.Between(24, 89);
        Admitted = new DateOnly(random.Between(2100, 2195), random.Between(1, 12), random.Between(1, 28));
        Discharged = Admitted.AddDays(random.Between(2, 16));
    }

    public SeededRandom Random { get; }

    public NoteBuilder Note { get; } = new();

    public bool HeldOut { get; }

    /// <summary>Narrative section sizes are multiplied by this (1 for n2c2-typical notes).</summary>
    public double Scale { get; }

    /// <summary>
    /// Medication list lengths are multiplied by this: short notes keep relatively more of their medications, as
    /// brief real summaries do, which keeps their entity-free share near n2c2's.
    /// </summary>
    public double ListScale { get; }

    public bool Male { get; }

    public int Age { get; }

    public DateOnly Admitted { get; }

    public DateOnly Discharged { get; }

    /// <summary>
    /// The hospital-course problem being written (<c># Pneumonia:</c>) and the class treating it, so that the
    /// paragraph's treatments mostly name that problem as their Reason; null outside the course.
    /// </summary>
    public (DrugClass Class, string Indication)? Problem { get; set; }

    /// <summary>A section size drawn from [min, max] at typical length, scaled to the note length (at least 1).</summary>
    public int Count(int min, int max) => Scaled(min, max, Scale);

    /// <summary>A medication list length drawn from [min, max] at typical length, scaled to the note length.</summary>
    public int ListCount(int min, int max) => Scaled(min, max, ListScale);

    /// <summary>True for an optional section: always in typical notes, in about half of the short ones.</summary>
    public bool Includes() => Scale >= 1 || Random.Chance(0.5);

    int Scaled(int min, int max, double scale) => Math.Max(1, (int)Math.Round(Random.Between(min, max) * scale));

    /// <summary>A date during the stay.</summary>
    public DateOnly DuringStay() => Admitted.AddDays(Random.Between(0, Discharged.DayNumber - Admitted.DayNumber));

    /// <summary>The patient as a sentence's subject (<c>He</c>, <c>The patient</c>, <c>Mr. [**Known lastname 12**]</c>).</summary>
    public string Subject() => Random.Next(10) switch
    {
        < 5 => Male ? "He" : "She",
        < 8 => "The patient",
        8 => "Pt",
        _ => (Male ? "Mr. " : "Ms. ") + Deidentified.LastName(Random),
    };

    /// <summary>The patient inside a sentence.</summary>
    public string Pronoun() => Random.Next(4) == 0 ? "the patient" : Male ? "he" : "she";

    /// <summary>Possessive at a sentence start.</summary>
    public string Possessive() => Random.Next(4) == 0 ? "The patient's" : Male ? "His" : "Her";

    /// <summary>Draws a drug this note may name: a class by weight, then a name, common ones more often.</summary>
    public Medication PickMedication(bool allowClassWords = true)
    {
        var drugClass = MedicationLexicon.PickClass(Random, allowClassWords);
        return PickMedication(drugClass);
    }

    /// <summary>True when this note may write <paramref name="drugName"/> (training notes never name held-out drugs).</summary>
    public bool MayName(string drugName) => HeldOut || !MedicationLexicon.HeldOutDrugs.Contains(drugName);

    /// <summary>Draws one of <paramref name="names"/> that this note may write (the list's first name always may).</summary>
    public string PickNameable(IReadOnlyList<string> names)
    {
        while (true)
        {
            var name = Random.PickSkewed(names);
            if (MayName(name)) return name;
        }
    }

    /// <summary>Draws a name of <paramref name="drugClass"/> that this note may use.</summary>
    public Medication PickMedication(DrugClass drugClass) => new(Random.PickSkewed(drugClass.DrugsFor(HeldOut)), drugClass);
}
