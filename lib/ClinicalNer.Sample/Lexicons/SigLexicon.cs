using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ClinicalNer.Sample.Lexicons;

/// <summary>
/// The vocabulary of medication instructions ("sigs"): frequencies and routes by code (the codes the drug classes
/// name), durations, and the number words of pharmacy sigs (<c>Two (2)</c>).
/// </summary>
internal static class SigLexicon
{
    static readonly FrozenDictionary<string, Frequency> FrequencyByCode = new Dictionary<string, Frequency>
    {
        ["DAILY"] = F("DAILY (Daily)", "daily|once a day|qd|QD|qday|once daily|every day|q.d.|DAILY"),
        ["BID"] = F("BID (2 times a day)", "bid|BID|b.i.d.|twice a day|twice daily|2 times a day|BID"),
        ["TID"] = F("TID (3 times a day)", "tid|TID|t.i.d.|three times a day|3 times a day|three times daily"),
        ["QID"] = F("QID (4 times a day)", "qid|QID|q.i.d.|four times a day"),
        ["QHS"] = F("HS (at bedtime)", "qhs|QHS|at bedtime|nightly|q.h.s.|at night|qHS"),
        ["QAM"] = F("QAM (once a day (in the morning))", "qam|QAM|every morning|in the morning|q.a.m."),
        ["Q4H"] = F("Q4H (every 4 hours)", "q4h|q.4h.|every 4 hours|Q4H|q 4 hours"),
        ["Q6H"] = F("Q6H (every 6 hours)", "q6h|q.6h.|every 6 hours|Q6H|q6hrs"),
        ["Q8H"] = F("Q8H (every 8 hours)", "q8h|q.8h.|every 8 hours|Q8H|q8hrs"),
        ["Q12H"] = F("Q12H (every 12 hours)", "q12h|q.12h.|every 12 hours|Q12H|q12"),
        ["Q24H"] = F("Q24H (every 24 hours)", "q24h|every 24 hours|Q24H|q24"),
        ["Q48H"] = F("Q48H (every 48 hours)", "q48h|every 48 hours|Q48H|every other day"),
        ["Q72H"] = F("Q72H (every 72 hours)", "q72h|every 72 hours|every 3 days"),
        ["QOD"] = F("QOD (every other day)", "every other day|qod|QOD|q.o.d."),
        ["WEEKLY"] = F("QMON (every Monday)", "weekly|once a week|every week|qweek"),
        ["Q8WK"] = F("Q8WEEKS (every 8 weeks)", "every 8 weeks|q8 weeks|q8wk"),
        ["ONCE"] = F("ONCE (Once)", "once|x1|one time|ONCE"),
        ["CONTINUOUS"] = F("CONTINUOUS (Continuous)", "continuous|continuously|continuous infusion"),
        ["MEALS"] = F("TID W/MEALS (3 TIMES A DAY WITH MEALS)", "with meals|tid with meals|TID AC|before meals"),
        ["QID_PRN"] = F("QID (4 times a day) as needed", "qid prn|four times a day as needed|QID PRN", asNeeded: true),
        ["Q2H_PRN"] = F("Q2H (every 2 hours) as needed", "q2h prn|every 2 hours as needed|Q2H PRN", asNeeded: true),
        ["Q4H_PRN"] = F("Q4H (every 4 hours) as needed", "q4h prn|q.4h. prn|every 4 hours as needed|Q4H:PRN", asNeeded: true),
        ["Q4_6H_PRN"] = F("Q4-6H (every 4 to 6 hours) as needed", "q4-6h prn|every 4-6 hours as needed|q.4-6h. p.r.n.|Q4-6H PRN", asNeeded: true),
        ["Q6H_PRN"] = F("Q6H (every 6 hours) as needed", "q6h prn|q.6h. prn|every 6 hours as needed|Q6H PRN", asNeeded: true),
        ["Q8H_PRN"] = F("Q8H (every 8 hours) as needed", "q8h prn|every 8 hours as needed|q.8h. p.r.n.", asNeeded: true),
        ["QHS_PRN"] = F("HS (at bedtime) as needed", "qhs prn|at bedtime as needed|nightly as needed|qHS PRN", asNeeded: true),
        ["DAILY_PRN"] = F("DAILY (Daily) as needed", "prn|as needed|p.r.n.|PRN|daily as needed", asNeeded: true),
        ["Q5MIN_PRN"] = F("Q5MIN (every 5 minutes) as needed", "q5min prn|every 5 minutes as needed|q5 minutes prn", asNeeded: true),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    static readonly FrozenDictionary<string, Route> RouteByCode = new Dictionary<string, Route>
    {
        ["PO"] = R("PO", "PO|oral", "PO|po|p.o.|by mouth|orally|PO"),
        ["IV"] = R("Intravenous", "IV|intravenous|IV", "IV|intravenously|iv|IV"),
        ["SC"] = R("Subcutaneous", "SC|subcutaneous|SQ|subQ", "SC|subcutaneously|SQ|subq"),
        ["INH"] = R("Inhalation", "inhaled|nebulized", "inhaled|via nebulizer|INH|IH|neb"),
        ["TOP"] = R("Topical", "topical", "topically|TP|topical"),
        ["PR"] = R("Rectal", "rectal", "PR|per rectum|rectally"),
        ["SL"] = R("Sublingual", "sublingual|SL", "SL|sublingually|under the tongue"),
        ["TD"] = R("Transdermal", "transdermal", "transdermally|TD"),
        ["OPH"] = R("Ophthalmic", "ophthalmic", "OU|both eyes|ophthalmic|OS"),
        ["NAS"] = R("Nasal", "intranasal", "each nostril|intranasally|nasally"),
        ["IM"] = R("Intramuscular", "IM", "IM|intramuscularly"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Durations, as n2c2 annotates them (the preposition included).</summary>
    public static readonly ImmutableArray<string> Durations = Split(
        "for 7 days|for 10 days|for 5 days|x 7 days|for 2 weeks|for 14 days|for 1 month|for 3 more days|" +
        "for a total of 14 days|x10 days|for 6 weeks|for 4 more days|for 3 days|x 5 days|for one week|" +
        "for a total of 7 days|for the next 5 days|for 8 weeks|x 3 days|for two weeks|for 4 weeks|for 21 days|" +
        "for 1 week|for the next 2 days|x 14 days|for 6 more days|for a 10 day course|for 30 days");

    static readonly ImmutableArray<string> NumberWords =
    [
        "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
        "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty",
    ];

    static readonly ImmutableArray<string> TensWords = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty"];

    public static Frequency Frequency(string code) => FrequencyByCode.TryGetValue(code, out var f) ? f
        : throw new KeyNotFoundException($"no frequency code '{code}'");

    public static Route Route(string code) => RouteByCode.TryGetValue(code, out var r) ? r
        : throw new KeyNotFoundException($"no route code '{code}'");

    /// <summary>A pharmacy sig count, <c>Two (2)</c> or <c>Twenty Two (22)</c> (1 to 69).</summary>
    public static string PharmacyCount(int n)
    {
        if (n is < 1 or >= 70) throw new ArgumentOutOfRangeException(nameof(n), n, "1..69");
        string word = n <= 20 ? NumberWords[n] : TensWords[n / 10] + (n % 10 == 0 ? "" : " " + NumberWords[n % 10]);
        return $"{word} ({n})";
    }

    /// <summary>Splits the lexicons' <c>a|b|c</c> notation.</summary>
    public static ImmutableArray<string> Split(string items) => [.. items.Split('|')];

    static Frequency F(string pharmacy, string written, bool asNeeded = false) => new(pharmacy, Split(written), asNeeded);

    static Route R(string pharmacy, string before, string after) => new(pharmacy, Split(before), Split(after));
}
