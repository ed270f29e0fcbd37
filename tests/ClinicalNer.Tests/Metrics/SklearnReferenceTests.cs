using System.Collections.Immutable;
using System.Text.Json;
using ClinicalNer.Corpus;
using ClinicalNer.Experiments.Paper;
using ClinicalNer.Metrics;
using ClinicalNer.Metrics.Reports;
using ClinicalNer.Sample.Taggings;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Conll;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Tests.Metrics;

/// <summary>
/// The label units against values scikit-learn computed (Reference/sklearn.json, made by Reference/sklearn_reference.py)
/// for CoNLL files the seeded generator wrote (Reference/gold.conll, Reference/predicted.conll). CI needs no Python:
/// the files are committed, and a test checks that the generator still writes them byte for byte.
/// </summary>
public class SklearnReferenceTests
{
    const int Sentences = 2500, Seed = 2018, MinLength = 1, MaxLength = 15;
    static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Metrics", "Reference");

    static JsonElement Reference => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "sklearn.json"))).RootElement;

    static TaggedPair Pair() =>
        TaggedPair.FromConll(ConllReader.Read(Path.Combine(Folder, "gold.conll")), ConllReader.Read(Path.Combine(Folder, "predicted.conll")));

    [Fact]
    public void Generator_still_writes_the_committed_files()
    {
        var (gold, predicted) = SyntheticTagging.GenerateSentences(Sentences, Seed, MinLength, MaxLength);
        var files = new[] { ("gold.conll", gold), ("predicted.conll", predicted) }.Select(f =>
        {
            var text = new StringWriter { NewLine = "\n" };
            ConllWriter.Write(text, f.Item2, ConllFormat.TwoColumn);
            return (Name: f.Item1, Text: text.ToString());
        }).ToArray();
        // Regeneration (see sklearn_reference.py): write the files where the variable points, then run the script.
        if (Environment.GetEnvironmentVariable("CLINICAL_NER_WRITE_REFERENCE") is { Length: > 0 } target)
            foreach (var (name, text) in files) File.WriteAllText(Path.Combine(target, name), text);
        foreach (var (name, text) in files)
            Assert.Equal(File.ReadAllText(Path.Combine(Folder, name)), text);
    }

    public static TheoryData<string> Cases() => [.. Reference.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("name").GetString()!)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Label_units_agree_with_scikit_learn(string name)
    {
        var expected = Reference.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
        var unit = ScoreUnits.Parse(expected.GetProperty("unit").GetString()!);
        var options = new ScoreOptions
        {
            Labels = expected.GetProperty("labels").ValueKind == JsonValueKind.Null
                ? []
                : [.. expected.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!)],
            TypeMap = expected.GetProperty("map").EnumerateObject().ToImmutableDictionary(p => p.Name, p => p.Value.GetString()!),
        };
        var sklearn = expected.GetProperty("report");

        var report = Scorer.Score(Pair(), unit, options);

        var averages = new[] { "accuracy", "micro avg", "macro avg", "weighted avg" };
        var classes = sklearn.EnumerateObject().Where(p => !averages.Contains(p.Name)).Select(p => p.Name).ToArray();
        Assert.Equal(classes, report.Classes.Select(c => c.Name));
        foreach (var c in report.Classes) AssertScores(sklearn.GetProperty(c.Name), c.Scores);
        if (sklearn.TryGetProperty("accuracy", out var accuracy))
            Assert.Equal(accuracy.GetDouble(), report.Accuracy!.Value, 1e-9);
        else
        {
            Assert.Null(report.Accuracy);
            AssertScores(sklearn.GetProperty("micro avg"), report.Micro);
        }
        AssertScores(sklearn.GetProperty("macro avg"), report.Macro);
        AssertScores(sklearn.GetProperty("weighted avg"), report.Weighted);
    }

    [Fact]
    public void Table_IV_rows_agree_with_scikit_learn()
    {
        var rows = PaperAblations.Of(Pair(), "model", EntityTypes.N2c2);

        (string Setting, string Case)[] settings =
        [
            ("without-o", "subtoken-type, drop O"), ("without-reason-ade", "subtoken-type, drop Reason and ADE"),
            ("without-o-reason-ade", "subtoken-type, drop O, Reason and ADE"), ("ade-as-reason", "subtoken-type, ADE as Reason"),
        ];
        Assert.Equal(3 * 3 + 2, rows.Length);
        foreach (var row in rows)
        {
            var name = settings.Single(s => s.Setting == row.Setting).Case;
            var report = Reference.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name).GetProperty("report");
            var expected = report.GetProperty(row.Average + " avg");
            Assert.Equal(expected.GetProperty("precision").GetDouble(), row.Precision, 1e-9);
            Assert.Equal(expected.GetProperty("recall").GetDouble(), row.Recall, 1e-9);
            Assert.Equal(expected.GetProperty("f1-score").GetDouble(), row.F1, 1e-9);
        }
    }

    [Fact]
    public void Table_IV_rows_survive_their_csv_and_average_over_seeds()
    {
        PaperAblation[] one = [new("without-o", "micro", "m", 0.5, 0.25, 0.3334)], two = [new("without-o", "micro", "m", 0.7, 0.75, 0.7222)];
        using var temp = new TempDir();
        var path = Path.Combine(temp.Path, PaperAblations.FileName);
        File.WriteAllText(path, PaperAblations.ToCsv(PaperAblations.Mean([[.. one], [.. two]])));

        Assert.Equal("setting,average,model,precision,recall,f1\nwithout-o,micro,m,0.6000,0.5000,0.5278\n", File.ReadAllText(path));
        Assert.Equal(new PaperAblation("without-o", "micro", "m", 0.6, 0.5, 0.5278), PaperAblations.Read(path).Single());
    }

    [Fact]
    public void Word_unit_equals_the_sub_token_unit_on_files_of_words()
    {
        var pair = Pair();
        Assert.Equal(Scorer.Score(pair, ScoreUnit.Subtoken).Classes.ToArray(), Scorer.Score(pair, ScoreUnit.Word).Classes.ToArray());
    }

    [Fact]
    public void Confusion_matrix_agrees_with_scikit_learn()
    {
        var expected = Reference.GetProperty("confusion_subtoken_type");
        var matrix = ConfusionMatrix.Of(Pair(), ScoreUnit.SubtokenType);

        Assert.Equal(expected.GetProperty("labels").EnumerateArray().Select(l => l.GetString()), matrix.Classes);
        Assert.Equal(expected.GetProperty("matrix").EnumerateArray().SelectMany(r => r.EnumerateArray()).Select(v => v.GetInt64()), matrix.Counts);
    }

    [Fact]
    public void Text_report_equals_scikit_learn_text()
    {
        string text = ReportText.Format(Scorer.Score(Pair(), ScoreUnit.Subtoken));
        Assert.Equal("unit: subtoken  mode: label  scheme: BIO\n" + Reference.GetProperty("text_subtoken").GetString(), text);
    }

    static void AssertScores(JsonElement sklearn, Scores actual)
    {
        Assert.Equal(sklearn.GetProperty("precision").GetDouble(), actual.Precision, 1e-9);
        Assert.Equal(sklearn.GetProperty("recall").GetDouble(), actual.Recall, 1e-9);
        Assert.Equal(sklearn.GetProperty("f1-score").GetDouble(), actual.F1, 1e-9);
        Assert.Equal(sklearn.GetProperty("support").GetInt64(), actual.Support);
    }
}
