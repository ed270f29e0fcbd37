using System.Collections.Immutable;
using ClinicalNer.Corpus;
using ClinicalNer.Runtime;
using ClinicalNer.Sample.Lexicons;
using static System.FormattableString;

namespace ClinicalNer.Sample.Notes;

/// <summary>
/// Narrative sentences that mention drugs: treatments with their reasons, adverse events with their culprits, dose
/// changes, and the rarer shapes n2c2 has (discontinuous mentions, a Drug nested in an ADE, tapers with durations).
/// Reason and ADE draw on overlapping condition words; only the sentence's wording (<c>for</c> versus
/// <c>due to</c>, <c>attributed to</c>) tells them apart.
/// </summary>
internal sealed class MedicationNarrative(NoteContext context)
{
    readonly MentionWriter _m = new(context);
    SeededRandom R => context.Random;
    NoteBuilder N => context.Note;

    static readonly ImmutableArray<string> StartVerbs = ["was started on", "was given", "was treated with", "was placed on", "received", "was continued on", "was restarted on", "was switched to", "was transitioned to", "was maintained on", "was empirically started on", "was loaded with"];
    static readonly ImmutableArray<string> Timings = ["on admission", "in the ED", "overnight", "on hospital day 2", "on hospital day 3", "by the primary team", "per cardiology recommendations", "in the ICU", "per ID recommendations", "on the floor", "prior to transfer"];
    static readonly ImmutableArray<string> Endings = ["", "", "", " with good effect", " with improvement", " and tolerated it well", " with resolution of symptoms", " with some improvement", " without further episodes"];
    static readonly ImmutableArray<string> NonReasonHolds = ["the procedure", "cardiac catheterization", "NPO status", "surgery", "the colonoscopy", "his EGD", "a planned paracentesis", "the ERCP", "IR guided biopsy", "possible intervention"];
    static readonly ImmutableArray<string> DoseChanges = ["increased", "decreased", "uptitrated", "reduced", "titrated up", "weaned", "changed"];

    /// <summary>A drug given for a reason (the commonest narrative medication sentence).</summary>
    public void Treatment(Medication? medication = null)
    {
        var m = medication ?? context.PickMedication();
        Mention d;
        switch (R.Next(16))
        {
            case 0:
                N.Text(context.Subject() + " was started on "); d = _m.DrugWithDose(m);
                N.Text(" for "); Reason(m, d); N.Text(R.Pick(Endings) + ".");
                break;
            case 1:
                N.Text(context.Subject() + " " + R.Pick(StartVerbs) + " "); d = _m.DrugWithDose(m);
                N.Text(" for "); Reason(m, d); N.Text(R.Pick(Endings) + ".");
                break;
            case 2:
                d = _m.DrugWithDose(m, sentenceStart: true);
                N.Text($" was {R.Pick(["started", "initiated", "added", "begun", "given"])} {R.Pick(Timings)} for "); Reason(m, d); N.Text(".");
                break;
            case 3:
                N.Text("For "); var reason = Reason(m, null);
                N.Text($", {context.Pronoun()} {R.Pick(["received", "was given", "was treated with", "was started on"])} "); d = _m.DrugWithDose(m);
                N.Relate(reason, d); N.Text(".");
                break;
            case 4:
                var r4 = N.Entity(EntityTypes.Reason, Spelling.Capitalized(_m.Indication(m)));
                N.Text($" was {R.Pick(["treated", "managed", "controlled"])} with "); d = _m.DrugWithDose(m); N.Relate(r4, d);
                if (R.Chance(0.15)) { N.Text(" "); _m.Attribute(EntityTypes.Duration, _m.Duration(), d); }
                N.Text(".");
                break;
            case 5:
                N.Text(context.Subject() + " will " + R.Pick(["continue", "complete", "remain on", "finish"]) + " "); d = _m.DrugWithDose(m);
                N.Text(" "); _m.Attribute(EntityTypes.Duration, _m.Duration(), d);
                N.Text(" for "); Reason(m, d); N.Text(".");
                break;
            case 6 when m.HasStrength:
                d = _m.Drug(m, sentenceStart: true);
                N.Text($" was {R.Pick(DoseChanges)} to "); _m.Attribute(EntityTypes.Strength, _m.Strength(m), d);
                N.Text(" "); _m.Attribute(EntityTypes.Frequency, _m.WrittenFrequency(m), d);
                N.Text($" for {R.Pick(["better control of", "persistent", "ongoing", "worsening"])} "); Reason(m, d); N.Text(".");
                break;
            case 7:
                N.Text($"{context.Subject()} {R.Pick(["responded well to", "improved on", "was managed with"])} ");
                var route7 = N.Entity(EntityTypes.Route, R.Pick(_m.Route(m).Before));
                N.Text(" "); d = _m.Drug(m); N.Relate(route7, d);
                N.Text(" for "); Reason(m, d); N.Text(".");
                break;
            case 8:
                var m2 = context.PickMedication(m.Class);
                string concern = _m.Indication(m);
                N.Text($"Given concern for "); var r8 = N.Entity(EntityTypes.Reason, concern);
                N.Text($", {context.Pronoun()} was {R.Pick(["empirically started on", "covered with", "treated with"])} "); d = _m.Drug(m); N.Relate(r8, d);
                // The second drug only where it treats the same condition (a beta blocker is no cover for essential tremor).
                if (m2.Name != m.Name && m2.Indications.Contains(concern)) { N.Text(" and "); var d2 = _m.Drug(m2); N.Relate(r8, d2); }
                N.Text(".");
                break;
            case 9:
                var r9 = N.Entity(EntityTypes.Reason, Spelling.Capitalized(_m.Indication(m)));
                N.Text($": {R.Pick(["controlled with", "continued", "managed with", "treated with", "started"])} "); d = _m.DrugWithDose(m); N.Relate(r9, d); N.Text(".");
                break;
            case 10 when m.Frequencies.Any(f => f.AsNeeded):
                N.Text($"{context.Subject()} {R.Pick(["required", "used", "was given", "needed"])} "); d = _m.Drug(m);
                N.Text(" "); _m.Attribute(EntityTypes.Frequency, R.Pick(["prn", "as needed", "PRN", "p.r.n."]), d);
                N.Text(" for "); Reason(m, d); N.Text(".");
                break;
            case 11:
                N.Text($"{R.Pick(["Home", "Her home", "His home", "Outpatient"])} "); d = _m.Drug(m);
                N.Text($" was {R.Pick(["continued", "resumed", "restarted"])} for "); Reason(m, d); N.Text(".");
                break;
            case 12:
                N.Text($"{context.Subject()} {R.Pick(["is on", "takes", "has been on", "was recently started on"])} "); d = _m.DrugWithDose(m);
                N.Text(" for "); Reason(m, d); N.Text(R.Pick(["", " at home", " as an outpatient", " since [**2110**]"]) + ".");
                break;
            case 13 when m.HasStrength:
                d = _m.Drug(m, sentenceStart: true); N.Text(" ");
                _m.Attribute(EntityTypes.Strength, _m.Strength(m), d); N.Text(" ");
                _m.Attribute(EntityTypes.Route, R.Pick(_m.Route(m).After), d); N.Text(" ");
                _m.Attribute(EntityTypes.Frequency, R.Pick(["x1", "once", "x 1", "times one"]), d);
                N.Text(" was given for "); Reason(m, d); N.Text(".");
                break;
            case 14:
                N.Text($"{context.Possessive()} "); var r14 = Reason(m, null);
                N.Text($" {R.Pick(["improved", "resolved", "was well controlled", "gradually improved"])} with "); d = _m.DrugWithDose(m); N.Relate(r14, d); N.Text(".");
                break;
            default:
                N.Text($"{context.Subject()} was treated for "); var r15 = Reason(m, null);
                int days = R.Between(3, 14);
                N.Text(" with a "); var duration = N.Entity(EntityTypes.Duration, Invariant($"{days}-day course"));
                N.Text(" of "); d = _m.Drug(m); N.Relate(r15, d); N.Relate(duration, d); N.Text(".");
                break;
        }
        N.EndSentence();
    }

    /// <summary>A drug that caused harm; the harm is an ADE.</summary>
    public void AdverseEvent(Medication? medication = null)
    {
        var m = medication ?? context.PickMedication();
        Mention d;
        switch (R.Next(12))
        {
            case 0:
                N.Text($"{context.Subject()} developed "); var a0 = Ade(m, null);
                N.Text($" {R.Pick(["attributed to", "thought secondary to", "likely due to", "felt to be related to"])} "); d = _m.Drug(m); N.Relate(a0, d);
                N.Text($", which was {R.Pick(["discontinued", "stopped", "held", "changed"])}.");
                break;
            case 1:
                d = _m.Drug(m, sentenceStart: true);
                N.Text($" was {R.Pick(["stopped", "discontinued", "held", "decreased"])} {R.Pick(["due to", "given", "because of", "in the setting of"])} "); Ade(m, d); N.Text(".");
                break;
            case 2:
                N.Text($"{R.Pick(["Hospital course was", "Her course was", "His course was", "Course was"])} complicated by "); var a2 = Ade(m, null);
                N.Text($" {R.Pick(["secondary to", "from", "related to", "caused by"])} "); d = _m.Drug(m); N.Relate(a2, d); N.Text(".");
                break;
            case 3:
                var m3 = context.PickMedication(m.Class);
                N.Text($"{context.Subject()} was noted to have "); var a3 = Ade(m, null);
                N.Text($" after {R.Pick(["receiving", "starting", "a dose of"])} "); d = _m.Drug(m); N.Relate(a3, d);
                N.Text(", so it was changed to "); _m.Drug(m3); N.Text(".");
                break;
            case 4:
                var a4 = N.Entity(EntityTypes.Ade, Spelling.Capitalized(_m.AdverseEffect(m)));
                N.Text($" was thought to be {R.Pick(["related to", "a side effect of", "due to", "secondary to"])} "); d = _m.Drug(m); N.Relate(a4, d); N.Text(".");
                break;
            case 5:
                N.Text($"{context.Subject()} {R.Pick(["reports", "has", "notes"])} a history of "); var a5 = Ade(m, null);
                N.Text($" {R.Pick(["with", "on", "after taking"])} "); d = _m.Drug(m); N.Relate(a5, d); N.Text(".");
                break;
            case 6:
                var m6 = context.PickMedication(m.Class);
                N.Text("Given "); var a6 = Ade(m, null); N.Text(" on "); d = _m.Drug(m); N.Relate(a6, d);
                N.Text($", {context.Pronoun()} was switched to "); var d6 = _m.Drug(m6); N.Text(" for "); Reason(m6, d6); N.Text(".");
                break;
            case 7:
                d = _m.Drug(m, sentenceStart: true); N.Text(" was held for "); Ade(m, d); N.Text(R.Pick(["", " and restarted at a lower dose", " and not restarted", " on [**2-24**]"]) + ".");
                break;
            case 8:
                var a8 = N.Entity(EntityTypes.Ade, Spelling.Capitalized(_m.AdverseEffect(m)));
                N.Text($", likely from "); d = _m.Drug(m); N.Relate(a8, d); N.Text($", {R.Pick(["resolved after it was stopped", "improved off the medication", "resolved with holding the drug"])}.");
                break;
            case 9:
                N.Text($"{context.Subject()} is allergic to "); d = _m.Drug(m); N.Text($", which {R.Pick(["causes", "caused", "gives him", "gives her"])} "); Ade(m, d); N.Text(".");
                break;
            case 10:
                N.Text($"{context.Possessive()} "); d = _m.Drug(m); N.Text($" dose was {R.Pick(["reduced", "decreased", "halved"])} given "); Ade(m, d); N.Text(".");
                break;
            default:
                N.Text($"{context.Subject()} {R.Pick(["was found to have", "developed", "was diagnosed with"])} "); Induced(m); N.Text(".");
                break;
        }
        N.EndSentence();
    }

    /// <summary>A drug mentioned without a reason: holds, route changes, dose changes, instructions.</summary>
    public void Mention(Medication? medication = null)
    {
        var m = medication ?? context.PickMedication();
        Mention d;
        switch (R.Next(12))
        {
            case 0:
                d = _m.Drug(m, sentenceStart: true); N.Text($" was held {R.Pick(["on admission", "initially", "overnight"])} and {R.Pick(["restarted at discharge", "resumed prior to discharge", "restarted the following day"])}.");
                break;
            case 1 when m.Routes.Length > 1:
                int from = R.Next(m.Routes.Length), to = (from + 1 + R.Next(m.Routes.Length - 1)) % m.Routes.Length;
                N.Text($"{context.Subject()} was transitioned from ");
                var r1 = N.Entity(EntityTypes.Route, R.Pick(m.Routes[from].Before)); N.Text(" to ");
                var r2 = N.Entity(EntityTypes.Route, R.Pick(m.Routes[to].Before)); N.Text(" ");
                d = _m.Drug(m); N.Relate(r1, d); N.Relate(r2, d); N.Text(" prior to discharge.");
                break;
            case 2:
                d = _m.Drug(m, sentenceStart: true); N.Text($" was held for {R.Pick(NonReasonHolds)}.");
                break;
            case 3 when m.HasStrength:
                N.Text($"{context.Possessive()} "); d = _m.Drug(m); N.Text($" was {R.Pick(DoseChanges)} to ");
                _m.Attribute(EntityTypes.Strength, _m.Strength(m), d); N.Text(" "); _m.Attribute(EntityTypes.Frequency, _m.WrittenFrequency(m), d); N.Text(".");
                break;
            case 4:
                N.Text($"{context.Subject()} should continue "); _m.DrugWithDose(m); N.Text($" until {R.Pick(["follow-up", "seen by", "instructed otherwise by"])} {R.Pick(["Dr. ", "Dr "])}{Deidentified.Person(R)}.");
                break;
            case 5 when m.Forms.Any(f => f.ShortUnit is not null):
                var form = R.Pick(m.Forms.Where(f => f.ShortUnit is not null).ToArray());
                var (one, many) = form.ShortUnit!.Value;
                N.Text($"{context.Subject()} was instructed to take ");
                int count = R.Next(4);
                var dosage = N.Entity(EntityTypes.Dosage, count switch { 0 => "1", 1 => "2", 2 => "1-2", _ => "one" });
                N.Text(" "); var f5 = N.Entity(EntityTypes.Form, count == 0 || count == 3 ? one : many);
                N.Text(" of "); d = _m.Drug(m); N.Relate(dosage, d); N.Relate(f5, d);
                N.Text(" "); _m.Attribute(EntityTypes.Frequency, _m.WrittenFrequency(m), d); N.Text(".");
                break;
            case 6:
                N.Text($"{context.Subject()} tolerated "); _m.Drug(m); N.Text($" {R.Pick(["without difficulty", "well", "without complication", "without side effects"])}.");
                break;
            case 7:
                N.Text("Please hold "); _m.Drug(m); N.Text($" if {R.Pick(["SBP < 100", "HR < 60", "SBP <90 or HR <55", "sedated or RR < 12", "blood sugar < 80"])}.");
                break;
            case 8:
                d = _m.Drug(m, sentenceStart: true); N.Text($" was discontinued {R.Pick(["on discharge", "given no clear indication", "as it was felt to be unnecessary", "per her PCP", "at the family's request"])}.");
                break;
            case 9:
                var m9 = context.PickMedication();
                N.Text($"{R.Pick(["Restarted", "Continued", "Resumed"])} home "); _m.Drug(m9); N.Text(" and "); _m.Drug(m); N.Text(".");
                break;
            case 10:
                N.Text($"We stopped your "); _m.Drug(m); N.Text(" and started "); _m.DrugWithDose(context.PickMedication(m.Class)); N.Text(".");
                break;
            default:
                N.Text($"{context.Subject()} had been taking "); _m.DrugWithDose(m); N.Text($" {R.Pick(["irregularly", "as prescribed", "intermittently", "only occasionally", "for several years"])} prior to admission.");
                break;
        }
        N.EndSentence();
    }

    /// <summary>The first drug and those of the others that are also given for <paramref name="reason"/>.</summary>
    static List<Medication> Treating(List<Medication> drugs, string reason) =>
        [drugs[0], .. drugs.Skip(1).Where(d => d.Indications.Contains(reason))];

    /// <summary>Several drugs named together, without dose (<c>Home aspirin, lisinopril and metoprolol were continued.</c>).</summary>
    public void Several(Medication? first = null)
    {
        var drugs = new List<Medication> { first ?? context.PickMedication() };
        for (int n = R.Between(2, 5); drugs.Count < n;)
        {
            var m = context.PickMedication();
            if (!drugs.Exists(d => d.Name == m.Name)) drugs.Add(m);
        }
        switch (R.Next(5))
        {
            case 0:
                N.Text($"{R.Pick(["Home", "Her home", "His home", "Outpatient"])} "); DrugSeries(drugs);
                N.Text($" {R.Pick(["were continued", "were held", "were restarted", "were resumed at discharge"])}.");
                break;
            case 1:
                N.Text($"{context.Subject()} was {R.Pick(["started on", "given", "discharged on", "continued on"])} ");
                if (R.Chance(0.5))
                {
                    string reason = _m.Indication(drugs[0]);
                    var series = DrugSeries(Treating(drugs, reason));
                    N.Text(" for "); _m.Condition(EntityTypes.Reason, reason, [.. series]);
                }
                else DrugSeries(drugs);
                N.Text(".");
                break;
            case 2:
                N.Text($"In the ED, {context.Pronoun()} received "); DrugSeries(drugs); N.Text(R.Pick([".", " and was admitted.", " with some improvement."]));
                break;
            case 3:
                string treated = _m.Indication(drugs[0]);
                N.Text($"{context.Subject()} {R.Pick(["received", "was treated with", "was given"])} "); var mentions = DrugSeries(Treating(drugs, treated));
                N.Text($" {R.Pick(["with improvement in", "for", "for presumed"])} "); _m.Condition(EntityTypes.Reason, treated, [.. mentions]); N.Text(".");
                break;
            default:
                N.Text($"{context.Possessive()} medications {R.Pick(["include", "at home include", "on transfer included"])} "); DrugSeries(drugs); N.Text(".");
                break;
        }
        N.EndSentence();
    }

    /// <summary>A line of the discharge instructions' medication changes (<c>START lisinopril 5 mg daily for hypertension</c>).</summary>
    public void Change(Medication? medication = null)
    {
        var m = medication ?? context.PickMedication();
        N.Text(R.Pick(["- ", "* ", "", "-"]));
        Mention d;
        switch (R.Next(5))
        {
            case 0:
                N.Text($"{R.Pick(["START", "Start", "Please start", "BEGIN", "NEW:"])} "); d = _m.DrugWithDose(m);
                if (R.Chance(0.8)) { N.Text(R.Pick([" for ", " to treat ", " for your "])); Reason(m, d); }
                break;
            case 1:
                N.Text($"{R.Pick(["STOP", "Stop", "Please stop", "DISCONTINUE", "Do not take"])} "); d = _m.Drug(m);
                if (R.Chance(0.35)) { N.Text(R.Pick([" because of ", " as it caused ", " due to "])); Ade(m, d); }
                break;
            case 2 when m.HasStrength:
                N.Text($"{R.Pick(["INCREASE", "Increase", "DECREASE", "Decrease", "CHANGE", "Change"])} "); d = _m.Drug(m);
                N.Text(" to "); _m.Attribute(EntityTypes.Strength, _m.Strength(m), d);
                N.Text(" "); _m.Attribute(EntityTypes.Frequency, _m.WrittenFrequency(m), d);
                break;
            case 3:
                N.Text($"{R.Pick(["CONTINUE", "Continue", "Resume"])} "); d = _m.DrugWithDose(m);
                if (R.Chance(0.25)) { N.Text(" "); _m.Attribute(EntityTypes.Duration, _m.Duration(), d); }
                break;
            default:
                N.Text($"{R.Pick(["HOLD", "Hold", "Do not take"])} "); d = _m.Drug(m);
                N.Text($" {R.Pick(["until you see your doctor", "until further notice", "until your follow up appointment", "for now"])}");
                break;
        }
        N.Text(R.Pick(["", "."])).EndSentence();
    }

    /// <summary>A past-history line that names a drug with its reason (<c>- Atrial fibrillation on coumadin</c>).</summary>
    public void HistoryItem(Medication? medication = null)
    {
        var m = medication ?? context.PickMedication(allowClassWords: false);
        N.Text(R.Pick(["- ", "* ", "", "-"]));
        var reason = N.Entity(EntityTypes.Reason, Spelling.Capitalized(_m.Indication(m)));
        N.Text(R.Pick([" on ", ", on ", ", treated with ", " - on "]));
        N.Relate(reason, _m.Drug(m));
        N.EndSentence();
    }

    /// <summary>Coordinated mentions whose shared word makes one of them discontinuous (<c>vitamin B12 and D</c>).</summary>
    public void Discontinuous()
    {
        switch (R.Next(3))
        {
            case 0:
                var (head, first, second) = R.Pick(DrugPairs);
                if (!context.MayName($"{head} {first}") || !context.MayName($"{head} {second}")) (head, first, second) = DrugPairs[0];
                N.Text($"{context.Subject()} was {R.Pick(["continued on", "started on", "discharged on", "restarted on"])} ");
                int headStart = N.Position; N.Text(head); int headEnd = N.Position; N.Text(" " + first);
                N.Span(EntityTypes.Drug, headStart, N.Position);
                N.Text(" and "); int secondStart = N.Position; N.Text(second);
                N.Discontinuous(EntityTypes.Drug, new Fragment(headStart, headEnd), new Fragment(secondStart, N.Position));
                N.Text(R.Pick(["", " supplements", " at home", " per her PCP"]) + ".");
                break;
            default:
                var (adjective1, adjective2, noun, isAde, treating) = R.Pick(ConditionPairs);
                var m = treating.IsEmpty ? context.PickMedication(allowClassWords: false) : MedicationLexicon.Find(context.PickNameable(treating));
                string type = isAde ? EntityTypes.Ade : EntityTypes.Reason;
                Mention d;
                if (isAde) { N.Text($"{context.Subject()} developed "); d = default; }
                else { N.Text($"{context.Subject()} was treated with "); d = _m.Drug(m); N.Text(" for "); }
                int s1 = N.Position; N.Text(adjective1); int e1 = N.Position;
                N.Text(" and "); int s2 = N.Position; N.Text(adjective2 + " "); int nounStart = N.Position; N.Text(noun);
                var c1 = N.Discontinuous(type, new Fragment(s1, e1), new Fragment(nounStart, N.Position));
                var c2 = N.Span(type, s2, N.Position);
                if (isAde) { N.Text($" {R.Pick(["attributed to", "from", "secondary to"])} "); d = _m.Drug(m); }
                N.Relate(c1, d); N.Relate(c2, d);
                N.Text(".");
                break;
        }
        N.EndSentence();
    }

    /// <summary>A steroid or anticoagulant taper: strengths, frequencies and durations chained by "then".</summary>
    public void Taper()
    {
        var m = new Medication(context.PickNameable(TaperedDrugs), MedicationLexicon.Classes.First(c => c.Name == "corticosteroid or thyroid"));
        N.Text(R.Chance(0.5) ? "Please take " : "Discharged on a taper of ");
        var d = _m.Drug(m);
        int steps = R.Between(2, 3);
        int dose = R.Pick([60, 40, 30]);
        for (int i = 0; i < steps; i++)
        {
            N.Text(i == 0 ? " " : ", then ");
            _m.Attribute(EntityTypes.Strength, Invariant($"{dose} mg"), d); N.Text(" ");
            if (i == 0) { _m.Attribute(EntityTypes.Frequency, R.Pick(["daily", "once a day", "qd"]), d); N.Text(" "); }
            _m.Attribute(EntityTypes.Duration, R.Pick(["x 3 days", "for 3 days", "for 5 days", "x 2 days", "for 1 week"]), d);
            dose = Math.Max(5, dose / 2 / 5 * 5); // halved to a multiple of 5 mg, as tapers are written
        }
        N.Text(", then stop.");
        N.EndSentence();
    }

    /// <summary>The ADE that contains its Drug (<c>heparin-induced thrombocytopenia</c>, <c>digoxin toxicity</c>): overlapping mentions.</summary>
    void Induced(Medication m)
    {
        int start = N.Position;
        if (R.Chance(0.5))
        {
            var toxic = context.PickNameable(MedicationLexicon.ToxicityDrugs);
            var d = N.Entity(EntityTypes.Drug, R.Chance(0.5) ? toxic : toxic.ToLowerInvariant());
            N.Text(" toxicity");
            N.Relate(N.Span(EntityTypes.Ade, start, N.Position), d);
        }
        else
        {
            var d = _m.Drug(m);
            N.Text(R.Pick(["-induced ", "-associated ", " induced ", "-related "]) + m.Class.AdverseEffects[R.Next(m.Class.AdverseEffects.Length)]);
            N.Relate(N.Span(EntityTypes.Ade, start, N.Position), d);
        }
    }

    /// <summary>Writes <c>a, b and c</c> as Drug mentions.</summary>
    List<Mention> DrugSeries(List<Medication> drugs)
    {
        var mentions = new List<Mention>(drugs.Count);
        for (int i = 0; i < drugs.Count; i++)
        {
            if (i > 0) N.Text(i == drugs.Count - 1 ? R.Pick([" and ", ", and ", " and "]) : ", ");
            mentions.Add(_m.Drug(drugs[i]));
        }
        return mentions;
    }

    Mention Reason(Medication m, Mention? drug) => drug is { } d
        ? _m.Attribute(EntityTypes.Reason, _m.Indication(m), d)
        : N.Entity(EntityTypes.Reason, _m.Indication(m));

    Mention Ade(Medication m, Mention? drug) => drug is { } d
        ? _m.Attribute(EntityTypes.Ade, _m.AdverseEffect(m), d)
        : N.Entity(EntityTypes.Ade, _m.AdverseEffect(m));

    /// <summary>Steroids tapered from 60, 40 or 30 mg (dexamethasone and hydrocortisone are dosed on other scales).</summary>
    static readonly ImmutableArray<string> TaperedDrugs = ["prednisone", "methylprednisolone", "prednisolone", "Medrol"];

    static readonly ImmutableArray<(string Head, string First, string Second)> DrugPairs =
    [
        ("vitamin", "B12", "D"), ("insulin", "glargine", "lispro"), ("potassium", "chloride", "phosphate"),
        ("magnesium", "oxide", "citrate"), ("calcium", "carbonate", "citrate"), ("vitamin", "C", "E"),
        ("insulin", "NPH", "regular"), ("sodium", "bicarbonate", "citrate"), ("metoprolol", "tartrate", "succinate"),
        ("ferrous", "sulfate", "gluconate"),
    ];

    /// <summary>
    /// Coordinated conditions; a Reason names the drugs that treat it (any of them a note may name, the first always),
    /// an ADE none, as any drug may cause it.
    /// </summary>
    static readonly ImmutableArray<(string First, string Second, string Noun, bool IsAde, ImmutableArray<string> Drugs)> ConditionPairs =
    [
        ("upper", "lower", "GI bleed", false, ["pantoprazole", "Protonix", "octreotide"]),
        ("left", "right", "lower extremity DVT", false, ["heparin", "enoxaparin", "apixaban", "warfarin"]),
        ("systolic", "diastolic", "heart failure", false, ["furosemide", "Lasix", "torsemide"]),
        ("urinary", "bloodstream", "infection", false, ["cefepime", "ceftriaxone", "meropenem"]),
        ("hospital-acquired", "aspiration", "pneumonia", false, ["piperacillin-tazobactam", "Zosyn", "cefepime"]),
        ("oral", "esophageal", "candidiasis", false, ["fluconazole", "Diflucan"]),
        ("acute kidney", "liver", "injury", true, []), ("upper", "lower", "extremity edema", true, []),
        ("oral", "genital", "ulcers", true, []), ("hand", "foot", "rash", true, []),
    ];
}
