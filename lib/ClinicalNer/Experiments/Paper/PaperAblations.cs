using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ClinicalNer.Inference;
using ClinicalNer.Metrics;

namespace ClinicalNer.Experiments.Paper;

/// <summary>
/// The paper's Table IV for a model's own test predictions: token-level scores (B-/I- stripped from the sub-token
/// labels) averaged over a subset of the classes, as scikit-learn's <c>labels=</c> argument restricts them, or with ADE
/// counted as Reason in gold and prediction. Rows have the shape of <see cref="PaperResults.Ablations"/>, so that
/// yours and the paper's line up; <c>reproduce</c> writes the means over seeds as <c>table4-ablations.csv</c>.
/// </summary>
public static class PaperAblations
{
    /// <summary>The file <c>reproduce</c> writes beside <c>results.csv</c> (the name of the paper's table).</summary>
    public const string FileName = "table4-ablations.csv";

    static readonly string[] Columns = ["setting", "average", "model", "precision", "recall", "f1"];

    /// <summary>True when <paramref name="types"/> hold Reason and ADE, the two types Table IV drops or merges.</summary>
    public static bool Applies(IEnumerable<string> types) => types.Contains("Reason") && types.Contains("ADE");

    /// <summary>Table IV's rows for one model: the three subsets with micro, macro and weighted averages, then ADE as Reason with macro and weighted.</summary>
    /// <param name="subtokens">Gold and predicted sub-token BIO labels on the test set.</param>
    /// <param name="model">The model name the rows carry.</param>
    /// <param name="types">The entity types, in report order (Reason and ADE among them).</param>
    /// <exception cref="ArgumentException"><paramref name="types"/> lack Reason or ADE.</exception>
    public static ImmutableArray<PaperAblation> Of(TaggedPair subtokens, string model, IReadOnlyList<string> types)
    {
        if (!Applies(types)) throw new ArgumentException($"Table IV drops Reason and ADE; the types are {string.Join(", ", types)}", nameof(types));
        var rest = types.Where(t => t is not ("Reason" or "ADE")).ToArray();
        (string Setting, ScoreOptions Options, string[] Averages)[] settings =
        [
            ("without-o", new ScoreOptions { Labels = [.. types] }, ["micro", "macro", "weighted"]),
            ("without-reason-ade", new ScoreOptions { Labels = ["O", .. rest] }, ["micro", "macro", "weighted"]),
            ("without-o-reason-ade", new ScoreOptions { Labels = [.. rest] }, ["micro", "macro", "weighted"]),
            // All classes: micro would be accuracy, which the paper does not print here.
            ("ade-as-reason", new ScoreOptions { TypeMap = ImmutableDictionary<string, string>.Empty.Add("ADE", "Reason") }, ["macro", "weighted"]),
        ];
        return [.. settings.SelectMany(s =>
        {
            var report = Scorer.Score(subtokens, ScoreUnit.SubtokenType, s.Options);
            return s.Averages.Select(average =>
            {
                var scores = average switch { "micro" => report.Micro, "macro" => report.Macro, _ => report.Weighted };
                return new PaperAblation(s.Setting, average, model, scores.Precision, scores.Recall, scores.F1);
            });
        })];
    }

    /// <summary>
    /// Table IV's rows for the evaluated run in <paramref name="runPath"/> (its <c>predictions/</c>), or none when its
    /// labels lack Reason or ADE (a corpus other than n2c2's types).
    /// </summary>
    /// <exception cref="FileNotFoundException">The run has not been evaluated.</exception>
    public static ImmutableArray<PaperAblation> OfRun(string runPath, string model)
    {
        var subtokens = RunEvaluation.Predictions(runPath, subtokens: true);
        var types = Enumerable.Range(0, subtokens.Labels.Count).Select(id => subtokens.Labels[id]).Where(l => l != "O")
                              .Select(IobTag.TypeOf).Distinct(StringComparer.Ordinal).ToArray();
        return Applies(types) ? Of(subtokens, model, types) : [];
    }

    /// <summary>The mean of each cell over several runs of the same models (seeds), in the first run's row order.</summary>
    public static ImmutableArray<PaperAblation> Mean(IEnumerable<ImmutableArray<PaperAblation>> runs) =>
        [.. runs.SelectMany(r => r).GroupBy(r => (r.Setting, r.Average, r.Model))
                .Select(g => new PaperAblation(g.Key.Setting, g.Key.Average, g.Key.Model,
                                               g.Average(r => r.Precision), g.Average(r => r.Recall), g.Average(r => r.F1)))];

    /// <summary>The rows as CSV in the paper's table shape, 4 decimals.</summary>
    public static string ToCsv(IEnumerable<PaperAblation> rows)
    {
        var csv = new StringBuilder(string.Join(',', Columns)).Append('\n');
        foreach (var r in rows)
            csv.Append(string.Join(',', r.Setting, r.Average, r.Model,
                r.Precision.ToString("F4", CultureInfo.InvariantCulture), r.Recall.ToString("F4", CultureInfo.InvariantCulture), r.F1.ToString("F4", CultureInfo.InvariantCulture))).Append('\n');
        return csv.ToString();
    }

    /// <summary>Reads a <c>table4-ablations.csv</c>, the paper's or one that <see cref="ToCsv"/> wrote.</summary>
    public static ImmutableArray<PaperAblation> Read(string path) =>
        PaperCsv.Read(path, Columns, r => new PaperAblation(r.Text("setting"), r.Text("average"), r.Text("model"), r.Number("precision"), r.Number("recall"), r.Number("f1")));
}
