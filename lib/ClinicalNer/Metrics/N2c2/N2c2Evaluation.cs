using System.Collections.Immutable;
using System.Text;
using ClinicalNer.Metrics.Reports;
using ClinicalNer.Runtime;

namespace ClinicalNer.Metrics.N2c2;

/// <summary>
/// n2c2 2018 Track 2 concept scoring of a system folder against a gold folder, computed as the official script
/// (<c>track2-evaluate-ver4.py</c>) computes it, in both modes at once:
/// <list type="bullet">
/// <item>only documents whose <c>.ann</c> file is in both folders are scored (the others are listed, not dropped silently);</item>
/// <item>per document, the system mentions are walked in file order; for each, every gold mention it equals is marked
/// if unmarked, else the system mention is removed (the walk over the golds goes on, so a removed mention still marks
/// later golds); removed mentions are neither true nor false positives;</item>
/// <item>tp = remaining system mentions equal to some gold, fp = remaining - tp, fn = golds - tp, summed over documents
/// per type and over all types (micro); the script's "macro" is the mean over documents of each document's P, R, F1.</item>
/// </list>
/// </summary>
public sealed class N2c2Evaluation
{
    /// <summary>The nine Track 2 types in the order the official script prints them.</summary>
    public static ImmutableArray<string> OfficialTypes { get; } =
        ["Drug", "Strength", "Duration", "Route", "Form", "ADE", "Dosage", "Reason", "Frequency"];

    const int Tp = 0, Fp = 1, Fn = 2;
    readonly int[] _strict, _lenient; // [document, type, Tp|Fp|Fn]

    N2c2Evaluation(string goldDirectory, string systemDirectory, ImmutableArray<string> documents,
                   ImmutableArray<string> skippedGold, ImmutableArray<string> skippedSystem,
                   ImmutableArray<string> types, int[] strict, int[] lenient)
    {
        GoldDirectory = goldDirectory;
        SystemDirectory = systemDirectory;
        Documents = documents;
        SkippedGold = skippedGold;
        SkippedSystem = skippedSystem;
        Types = types;
        _strict = strict;
        _lenient = lenient;
    }

    /// <summary>The gold folder.</summary>
    public string GoldDirectory { get; }

    /// <summary>The system folder.</summary>
    public string SystemDirectory { get; }

    /// <summary>Names (without <c>.ann</c>) of the documents scored: those in both folders, sorted.</summary>
    public ImmutableArray<string> Documents { get; }

    /// <summary><c>.ann</c> files of the gold folder without a system counterpart (not scored).</summary>
    public ImmutableArray<string> SkippedGold { get; }

    /// <summary><c>.ann</c> files of the system folder without a gold counterpart (not scored).</summary>
    public ImmutableArray<string> SkippedSystem { get; }

    /// <summary>Types found on either side: the official nine first in the script's order, then any other, sorted.</summary>
    public ImmutableArray<string> Types { get; }

    /// <summary>Scores <paramref name="systemDirectory"/> against <paramref name="goldDirectory"/>.</summary>
    /// <param name="goldDirectory">Folder of gold <c>.ann</c> files (<c>.txt</c> files are not needed).</param>
    /// <param name="systemDirectory">Folder of system <c>.ann</c> files.</param>
    /// <param name="typeMap">Types counted as another type on both sides before matching (e.g. ADE → Reason); every key must occur.</param>
    /// <exception cref="DirectoryNotFoundException">A folder does not exist.</exception>
    /// <exception cref="InvalidDataException">No document is in both folders.</exception>
    /// <exception cref="ClinicalNer.Corpus.CorpusFormatException">A <c>T</c> line is malformed.</exception>
    /// <exception cref="ArgumentException">A key of <paramref name="typeMap"/> is not a type in either folder.</exception>
    public static N2c2Evaluation Evaluate(string goldDirectory, string systemDirectory, IReadOnlyDictionary<string, string>? typeMap = null)
    {
        typeMap ??= ImmutableDictionary<string, string>.Empty;
        var goldFiles = AnnFiles(goldDirectory);
        var systemFiles = AnnFiles(systemDirectory);
        var common = goldFiles.Intersect(systemFiles, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        if (common.IsEmpty)
            throw new InvalidDataException($"none of the .ann files match: {goldDirectory} has {goldFiles.Count}, {systemDirectory} has {systemFiles.Count}, none in both");

        var pairs = common.Select(f => (Gold: N2c2AnnotationReader.Read(Path.Combine(goldDirectory, f)),
                                        System: N2c2AnnotationReader.Read(Path.Combine(systemDirectory, f)))).ToArray();
        var found = pairs.SelectMany(p => p.Gold.Concat(p.System)).Select(m => m.Type).ToHashSet(StringComparer.Ordinal);
        foreach (string from in typeMap.Keys)
            if (!found.Contains(from))
                throw new ArgumentException($"type map: type '{from}' occurs in neither {goldDirectory} nor {systemDirectory}");
        if (typeMap.Count > 0)
            pairs = [.. pairs.Select(p => (Rename(p.Gold, typeMap), Rename(p.System, typeMap)))];

        var present = pairs.SelectMany(p => p.Gold.Concat(p.System)).Select(m => m.Type).ToHashSet(StringComparer.Ordinal);
        var types = OfficialTypes.Where(present.Contains)
                                 .Concat(present.Except(OfficialTypes).Order(StringComparer.Ordinal)).ToImmutableArray();
        var typeIndex = types.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var strict = new int[common.Length * types.Length * 3];
        var lenient = new int[common.Length * types.Length * 3];
        for (int d = 0; d < pairs.Length; d++)
        {
            ScoreDocument(pairs[d].Gold, pairs[d].System, lenient: false, typeIndex, strict.AsSpan(d * types.Length * 3, types.Length * 3));
            ScoreDocument(pairs[d].Gold, pairs[d].System, lenient: true, typeIndex, lenient.AsSpan(d * types.Length * 3, types.Length * 3));
        }
        var documents = common.Select(f => f[..^".ann".Length]).ToImmutableArray();
        return new N2c2Evaluation(goldDirectory, systemDirectory, documents,
                                  [.. goldFiles.Except(systemFiles).Order(StringComparer.Ordinal)],
                                  [.. systemFiles.Except(goldFiles).Order(StringComparer.Ordinal)],
                                  types, strict, lenient);
    }

    /// <summary>
    /// The report of one mode: per type and micro as the script's table, "macro" as the script's mean over documents,
    /// <see cref="ScoreReport.MacroTypes"/> the mean over types, and the support-weighted mean over types.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is not an n2c2 unit.</exception>
    public ScoreReport Report(ScoreUnit unit)
    {
        var counts = Counts(unit);
        int types = Types.Length;
        var tp = new long[types];
        var predicted = new long[types];
        var gold = new long[types];
        double macroP = 0, macroR = 0, macroF = 0;
        for (int d = 0; d < Documents.Length; d++)
        {
            long docTp = 0, docFp = 0, docFn = 0;
            for (int t = 0; t < types; t++)
            {
                int at = (d * types + t) * 3;
                tp[t] += counts[at + Tp];
                predicted[t] += counts[at + Tp] + counts[at + Fp];
                gold[t] += counts[at + Tp] + counts[at + Fn];
                docTp += counts[at + Tp]; docFp += counts[at + Fp]; docFn += counts[at + Fn];
            }
            double p = PrecisionRecall.Divide(docTp, docTp + docFp), r = PrecisionRecall.Divide(docTp, docTp + docFn);
            macroP += p;
            macroR += r;
            macroF += PrecisionRecall.OfficialF1(p, r);
        }
        var byType = new ClassCounts([.. Types], tp, predicted, gold).ToReport(unit, accuracyDefined: false, officialF1: true);
        int n = Documents.Length;
        return byType with
        {
            Macro = new Scores(macroP / n, macroR / n, macroF / n, byType.Micro.Support),
            MacroTypes = byType.Macro,
        };
    }

    /// <summary>Per document and type, the true positives, false positives and false negatives of one mode: <c>[(document * Types.Length + type) * 3 + k]</c>, k = tp, fp, fn.</summary>
    internal int[] Counts(ScoreUnit unit) => unit switch
    {
        ScoreUnit.N2c2Strict => _strict,
        ScoreUnit.N2c2Lenient => _lenient,
        _ => throw new ArgumentException($"unit {unit.Name()} is not an n2c2 unit", nameof(unit)),
    };

    /// <summary>
    /// The official script's table (strict and lenient side by side, per type, then overall micro and macro), after a
    /// line naming unit, mode and scheme; skipped files are listed first as the script lists them. Relations are not
    /// scored. A last line adds the mean over types, which the script does not print.
    /// </summary>
    public string FormatTable(ScoreUnit unit)
    {
        if (!unit.IsN2c2Unit()) throw new ArgumentException($"unit {unit.Name()} is not an n2c2 unit", nameof(unit));
        var strict = Report(ScoreUnit.N2c2Strict);
        var lenient = Report(ScoreUnit.N2c2Lenient);
        var sb = new StringBuilder();
        sb.Append(ReportText.Title(unit)).Append('\n');
        if (!SkippedGold.IsEmpty) sb.Append($"Files skipped in {GoldDirectory}:\n").AppendJoin(", ", SkippedGold).Append('\n');
        if (!SkippedSystem.IsEmpty) sb.Append($"Files skipped in {SystemDirectory}:\n").AppendJoin(", ", SkippedSystem).Append('\n');
        sb.Append(Center(" TRACK 2 ", 70, '*')).Append('\n');
        sb.Append(new string(' ', 20)).Append("  ").Append(Center(" strict ", 22, '-'))
          .Append("    ").Append(Center(" lenient ", 22, '-')).Append('\n');
        sb.Append(new string(' ', 20)).Append("  ")
          .AppendJoin("  ", ["Prec. ", "Rec.  ", "F(b=1)"]).Append("    ")
          .AppendJoin("  ", ["Prec. ", "Rec.  ", "F(b=1)"]).Append('\n');
        for (int t = 0; t < Types.Length; t++)
            Row(sb, Capitalize(Types[t]), strict.Classes[t].Scores, lenient.Classes[t].Scores);
        sb.Append(new string(' ', 20)).Append("  ").Append('-', 48).Append('\n');
        Row(sb, "Overall (micro)", strict.Micro, lenient.Micro);
        Row(sb, "Overall (macro)", strict.Macro, lenient.Macro);
        sb.Append('\n');
        sb.Append(new string(' ', 20)).Append(Center($"  {Documents.Length} files found  ", 48, ' ')).Append('\n');
        sb.Append('\n');
        Row(sb, "Macro over types", strict.MacroTypes!, lenient.MacroTypes!);
        return sb.ToString();
    }

    static void Row(StringBuilder sb, string name, Scores strict, Scores lenient)
    {
        sb.Append(name.PadLeft(20)).Append("  ")
          .AppendJoin("  ", [Fixed(strict.Precision), Fixed(strict.Recall), Fixed(strict.F1)]).Append("    ")
          .AppendJoin("  ", [Fixed(lenient.Precision), Fixed(lenient.Recall), Fixed(lenient.F1)]).Append('\n');
    }

    static string Fixed(double value) => PythonFormat.Fixed(value, 4).PadRight(5);

    /// <summary>Python's <c>str.capitalize</c>: first character upper case, the rest lower case ("ADE" prints "Ade").</summary>
    static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant();

    /// <summary>Python's <c>'{:c^w}'</c>: centred, the odd padding character going to the right.</summary>
    static string Center(string s, int width, char fill)
    {
        int pad = Math.Max(width - s.Length, 0);
        return new string(fill, pad / 2) + s + new string(fill, pad - pad / 2);
    }

    static void ScoreDocument(ImmutableArray<N2c2Mention> gold, ImmutableArray<N2c2Mention> system, bool lenient,
                              Dictionary<string, int> typeIndex, Span<int> counts)
    {
        var marked = new bool[gold.Length];
        var removed = new bool[system.Length];
        for (int s = 0; s < system.Length; s++)
            for (int g = 0; g < gold.Length; g++)
                if (gold[g].Equals(system[s], lenient))
                {
                    if (!marked[g]) marked[g] = true;
                    else removed[s] = true;
                }
        for (int s = 0; s < system.Length; s++)
        {
            if (removed[s]) continue;
            bool matches = false;
            for (int g = 0; g < gold.Length && !matches; g++) matches = gold[g].Equals(system[s], lenient);
            counts[typeIndex[system[s].Type] * 3 + (matches ? Tp : Fp)]++;
            if (matches) counts[typeIndex[system[s].Type] * 3 + Fn]--;
        }
        foreach (var g in gold) counts[typeIndex[g.Type] * 3 + Fn]++;
    }

    static ImmutableArray<N2c2Mention> Rename(ImmutableArray<N2c2Mention> mentions, IReadOnlyDictionary<string, string> typeMap) =>
        [.. mentions.Select(m => typeMap.TryGetValue(m.Type, out var to) ? m with { Type = to } : m)];

    static HashSet<string> AnnFiles(string directory)
    {
        // The script globs '*.ann': hidden files are not matched, and the extension must be exactly .ann.
        return InputFile.List(directory, "*")
                        .Select(Path.GetFileName)
                        .Where(n => n is not null && !n.StartsWith('.') && n.EndsWith(".ann", StringComparison.Ordinal))
                        .Select(n => n!)
                        .ToHashSet(StringComparer.Ordinal);
    }
}
