using System.Globalization;
using System.Text.RegularExpressions;

namespace ClinicalNer.Tests.Corpus.Sample;

/// <summary>
/// Checks the bundled sample's doses against what a pharmacist would accept, from the brat files alone. The ranges
/// below are written out by hand from US labels, independently of the generator's own tables, so that a slip in
/// those tables (or a return to class-wide strengths: <c>Coumadin 150 mg</c>) fails here.
/// </summary>
public partial class SampleDosingTests
{
    /// <summary>
    /// The smallest and largest strength (one tablet, capsule, syringe, or one written dose) of well-known drugs, brands
    /// with their generic, in mg, or in the unit named. A combination or concentration counts by its first amount
    /// (<c>40 mg/0.4 mL</c>: 40 mg).
    /// </summary>
    static readonly (string Names, double Min, double Max, string Unit)[] LabelRanges =
    [
        ("warfarin|Coumadin|Jantoven", 0.5, 10, "mg"),
        ("atenolol", 25, 100, "mg"),
        ("metoprolol tartrate|metoprolol succinate|Lopressor|Toprol XL", 12.5, 200, "mg"),
        ("carvedilol|Coreg", 3.125, 25, "mg"),
        ("lisinopril|Zestril", 2.5, 40, "mg"),
        ("losartan|Cozaar", 25, 100, "mg"),
        ("amlodipine|Norvasc", 2.5, 10, "mg"),
        ("furosemide|Lasix", 20, 80, "mg"),
        ("hydrochlorothiazide|HCTZ", 12.5, 50, "mg"),
        ("spironolactone|Aldactone", 25, 100, "mg"),
        ("atorvastatin|Lipitor", 10, 80, "mg"),
        ("simvastatin|Zocor", 5, 80, "mg"),
        ("rosuvastatin|Crestor", 5, 40, "mg"),
        ("aspirin|ASA", 81, 325, "mg"),
        ("clopidogrel|Plavix", 75, 300, "mg"),
        ("apixaban|Eliquis", 2.5, 5, "mg"),
        ("rivaroxaban|Xarelto", 2.5, 20, "mg"),
        ("enoxaparin|Lovenox", 30, 150, "mg"),
        ("levothyroxine|Synthroid|Levoxyl", 0.025, 0.3, "mg"),
        ("digoxin|Lanoxin", 0.0625, 0.25, "mg"),
        ("amiodarone|Cordarone", 100, 400, "mg"),
        ("metformin|Glucophage", 500, 1000, "mg"),
        ("glipizide", 2.5, 10, "mg"),
        ("prednisone", 1, 80, "mg"),
        ("pantoprazole|Protonix", 20, 40, "mg"),
        ("omeprazole|Prilosec", 10, 40, "mg"),
        ("gabapentin|Neurontin", 100, 800, "mg"),
        ("oxycodone|Roxicodone", 5, 30, "mg"),
        ("hydromorphone|Dilaudid", 0.2, 8, "mg"),
        ("lorazepam|Ativan", 0.5, 2, "mg"),
        ("sertraline|Zoloft", 25, 200, "mg"),
        ("quetiapine|Seroquel", 25, 400, "mg"),
        ("ondansetron|Zofran", 4, 8, "mg"),
        ("tamsulosin|Flomax", 0.4, 0.8, "mg"),
        ("allopurinol|Zyloprim", 100, 300, "mg"),
        ("potassium chloride|KCl|K-Dur", 8, 40, "mEq"),
        ("insulin glargine|Lantus", 100, 300, "unit"),
    ];

    /// <summary>Drugs whose labels give them once a day (at any hour); several doses a day is a prescribing error.</summary>
    static readonly string[] OnceDaily =
    [
        "warfarin", "Coumadin", "Jantoven", "levothyroxine", "Synthroid", "Levoxyl", "clopidogrel", "Plavix", "amlodipine",
        "Norvasc", "metoprolol succinate", "Toprol XL", "rosuvastatin", "Crestor", "atorvastatin", "Lipitor", "tamsulosin",
        "Flomax", "allopurinol", "Zyloprim", "rivaroxaban", "Xarelto", "lisinopril", "Zestril",
    ];

    [Fact]
    public void Every_strength_of_a_well_known_drug_in_the_bundled_sample_is_within_its_label_range()
    {
        var ranges = LabelRanges.SelectMany(r => r.Names.Split('|').Select(n => (Name: n, r.Min, r.Max, r.Unit)))
                                .ToDictionary(r => r.Name, StringComparer.OrdinalIgnoreCase);
        var violations = new List<string>();
        int checkedCount = 0;
        foreach (var (file, drug, strength) in Attributes("Strength"))
        {
            if (!ranges.TryGetValue(drug, out var range)) continue;
            checkedCount++;
            var amount = Amount(strength);
            if (amount is not { } a || a.Unit != range.Unit || a.Value < range.Min * 0.999 || a.Value > range.Max * 1.001)
                violations.Add($"{file}: {drug} {strength} (label: {range.Min.ToString(CultureInfo.InvariantCulture)}-{range.Max.ToString(CultureInfo.InvariantCulture)} {range.Unit})");
        }
        Assert.True(checkedCount >= 100, $"only {checkedCount} strengths of the listed drugs: the check would prove little");
        Assert.True(violations.Count == 0, $"{violations.Count} of {checkedCount} strengths outside their drug's label range:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Once_daily_drugs_are_never_written_several_times_a_day()
    {
        var once = new HashSet<string>(OnceDaily, StringComparer.OrdinalIgnoreCase);
        var violations = new List<string>();
        int checkedCount = 0;
        foreach (var (file, drug, frequency) in Attributes("Frequency"))
        {
            if (!once.Contains(drug)) continue;
            checkedCount++;
            if (SeveralTimesADay().IsMatch(frequency)) violations.Add($"{file}: {drug} {frequency}");
        }
        Assert.True(checkedCount >= 30, $"only {checkedCount} frequencies of once-daily drugs");
        Assert.True(violations.Count == 0, $"{violations.Count} of {checkedCount} once-daily drugs given several times a day:\n" + string.Join("\n", violations));
    }

    [Theory]
    [InlineData("10 mg", 10, "mg")]
    [InlineData("5mg", 5, "mg")]
    [InlineData("1,250 mg", 1250, "mg")]
    [InlineData("2 gram", 2000, "mg")]
    [InlineData("88 mcg", 0.088, "mg")]
    [InlineData("40 mg/0.4 mL", 40, "mg")]
    [InlineData("20 mEq", 20, "mEq")]
    [InlineData("100 unit/mL", 100, "unit")]
    [InlineData("5,000 unit/mL", 5000, "unit")]
    public void Strengths_parse_to_their_first_amount(string text, double value, string unit)
    {
        var amount = Amount(text);
        Assert.NotNull(amount);
        Assert.Equal(unit, amount.Value.Unit);
        Assert.Equal(value, amount.Value.Value, 6);
    }

    [Theory]
    [InlineData("BID (2 times a day)", true)]
    [InlineData("q8h", true)]
    [InlineData("every 6 hours", true)]
    [InlineData("t.i.d.", true)]
    [InlineData("daily", false)]
    [InlineData("HS (at bedtime)", false)]
    [InlineData("Q24H (every 24 hours)", false)]
    [InlineData("once a day", false)]
    public void Several_times_a_day_is_told_from_once_a_day(string frequency, bool several) =>
        Assert.Equal(several, SeveralTimesADay().IsMatch(frequency));

    /// <summary>A strength's first amount, in mg for masses (<c>2 gram</c>: 2000 mg), else in its own unit.</summary>
    static (double Value, string Unit)? Amount(string strength)
    {
        var m = AmountPattern().Match(strength);
        if (!m.Success) return null;
        double value = double.Parse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        return m.Groups[2].Value.ToLowerInvariant() switch
        {
            "mg" => (value, "mg"),
            "mcg" => (value / 1000, "mg"),
            "g" or "gram" or "grams" => (value * 1000, "mg"),
            "meq" => (value, "mEq"),
            "unit" or "units" => (value, "unit"),
            var other => (value, other),
        };
    }

    /// <summary>
    /// Every attribute of the given type in the bundled sample with the Drug it belongs to: the Drug its relation
    /// names (<c>Strength-Drug</c>), else the nearest Drug before it on the same line.
    /// </summary>
    static IEnumerable<(string File, string Drug, string Text)> Attributes(string type)
    {
        string root = Path.Combine(RepositoryRoot.Path, "data", "sample");
        foreach (var ann in Directory.GetFiles(root, "*.ann", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string text = File.ReadAllText(Path.ChangeExtension(ann, ".txt"));
            var mentions = new Dictionary<string, (string Type, int Start, string Text)>(StringComparer.Ordinal);
            var drugOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(ann))
            {
                var fields = line.Split('\t');
                if (line.StartsWith('T'))
                {
                    var head = fields[1].Split(' ');
                    mentions[fields[0]] = (head[0], int.Parse(head[1], CultureInfo.InvariantCulture), fields[2]);
                }
                else if (line.StartsWith('R'))
                {
                    var parts = fields[1].Split(' ');
                    if (parts[0] == type + "-Drug") drugOf[parts[1]["Arg1:".Length..]] = parts[2]["Arg2:".Length..];
                }
            }
            string name = Path.GetRelativePath(root, ann);
            foreach (var (id, mention) in mentions.Where(p => p.Value.Type == type))
            {
                string? drug = drugOf.TryGetValue(id, out var drugId) ? mentions[drugId].Text : null;
                drug ??= mentions.Values.Where(d => d.Type == "Drug" && d.Start < mention.Start && !text.AsSpan(d.Start, mention.Start - d.Start).Contains('\n'))
                                        .OrderByDescending(d => d.Start).Select(d => d.Text).FirstOrDefault();
                if (drug is not null) yield return (name, drug, mention.Text);
            }
        }
    }

    [GeneratedRegex(@"^([0-9][0-9,]*(?:\.[0-9]+)?)\s*(mg|mcg|grams?|g|mEq|units?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"\b(bid|b\.i\.d|tid|t\.i\.d|qid|q\.i\.d|twice|three|four|[234] times|q\.?[2-9]h|q\.?1[02]h|q ?[2-9] ?h|q12|every [2-9] hours|every 1[02] hours|with meals|before meals)", RegexOptions.IgnoreCase)]
    private static partial Regex SeveralTimesADay();
}
