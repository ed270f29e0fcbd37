using System.Collections.Immutable;
using System.CommandLine;
using ClinicalNer.Inputs;
using ClinicalNer.Metrics;
using ClinicalNer.Metrics.N2c2;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Conll;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Cli.Commands.Arguments;

/// <summary>The options <c>score</c> and <c>compare</c> share, and how they turn into library calls.</summary>
static class MetricsArguments
{
    public static Option<string> Unit() => new Option<string>("--unit")
    {
        Description = "What one unit of evaluation is: " + string.Join(", ", ScoreUnits.Names) + ".",
        Required = true,
    }.AcceptOnlyFromAmong([.. ScoreUnits.Names]);

    public static Option<string> Gold() => new("--gold")
    {
        Description = "Gold CoNLL file (2-column or 5-column NeuroNER), or gold brat folder for the n2c2 units.",
        Required = true,
    };

    public static Option<string> Labels() => new("--labels")
    {
        Description = "Comma-separated classes to report, in order (scikit-learn's labels=): BIO labels for subtoken and word, types otherwise.",
    };

    public static Option<string[]> Map() => new("--map")
    {
        Description = "Count a type as another on both sides, FROM=TO (e.g. ADE=Reason); repeat or comma-separate for several.",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of the text table." };

    /// <summary>The score options from <c>--labels</c> and <c>--map</c>.</summary>
    /// <exception cref="ArgumentException">A mapping is not FROM=TO, or <c>--labels</c> names a class twice or is given for an n2c2 unit.</exception>
    public static ScoreOptions Options(ScoreUnit unit, string? labels, string[]? map)
    {
        var subset = string.IsNullOrWhiteSpace(labels)
            ? ImmutableArray<string>.Empty
            : [.. CommaList.Split("--labels", labels)];
        if (!subset.IsEmpty && unit.IsN2c2Unit())
            throw new ArgumentException("--labels does not apply to the n2c2 units: the official script scores every type");
        var typeMap = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (string pair in (map ?? []).SelectMany(m => m.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var parts = pair.Split('=');
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
                throw new ArgumentException($"--map '{pair}' is not FROM=TO");
            if (typeMap.ContainsKey(parts[0])) throw new ArgumentException($"--map maps '{parts[0]}' twice");
            typeMap[parts[0]] = parts[1];
        }
        return new ScoreOptions { Labels = subset, TypeMap = typeMap.ToImmutable() };
    }

    /// <summary>Reads a gold and a predicted CoNLL file as a pair, expanded into sub-tokens when a vocabulary is given.</summary>
    public static TaggedPair ReadPair(string gold, string predicted, string? wordPieceVocabulary)
    {
        var wordPieces = wordPieceVocabulary is null ? null : WordPieceAlignment.FromVocabulary(wordPieceVocabulary);
        return TaggedPair.FromConll(ConllReader.Read(gold), ConllReader.Read(predicted), wordPieces);
    }

    /// <summary>Stops on a <c>--labels</c> class that occurs in none of the pairs: almost always a typo.</summary>
    public static void CheckLabels(ScoreUnit unit, ScoreOptions options, params TaggedPair[] pairs)
    {
        if (options.Labels.IsEmpty) return;
        var present = pairs.SelectMany(p => Scorer.Score(p, unit, options with { Labels = [] }).Classes.Select(c => c.Name))
                           .ToHashSet(StringComparer.Ordinal);
        var unknown = options.Labels.Where(l => !present.Contains(l)).ToArray();
        if (unknown.Length > 0)
            throw new ArgumentException(
                $"--labels: {string.Join(", ", unknown.Select(l => $"'{l}'"))} occurs in neither {pairs[0].GoldSource} nor {string.Join(", ", pairs.Select(p => p.PredictedSource))} at unit {unit.Name()} (present: {string.Join(", ", present.Order(StringComparer.Ordinal))})");
    }

    /// <summary>Writes the n2c2 script's notice about documents present on one side only to <paramref name="error"/>.</summary>
    public static void WarnSkipped(N2c2Evaluation evaluation, TextWriter error)
    {
        foreach (var (folder, files) in new[] { (evaluation.GoldDirectory, evaluation.SkippedGold), (evaluation.SystemDirectory, evaluation.SkippedSystem) })
            if (!files.IsEmpty)
                error.WriteLine($"clinical-ner: warning: {files.Length} file(s) in {folder} have no counterpart and are not scored: {string.Join(", ", files)}");
    }
}
