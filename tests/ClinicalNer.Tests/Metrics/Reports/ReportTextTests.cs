using ClinicalNer.Metrics;
using ClinicalNer.Metrics.Reports;
using ClinicalNer.Sample.Lexicons;

namespace ClinicalNer.Tests.Metrics.Reports;

public class ReportTextTests
{
    [Fact]
    public void Label_report_reproduces_scikit_learn_text_byte_for_byte()
    {
        // scikit-learn 1.2.1: classification_report(['c0','c1','c2','c2','c2'], ['c0','c0','c2','c2','c1'], digits=4, zero_division=0)
        const string sklearn =
            "              precision    recall  f1-score   support\n\n" +
            "          c0     0.5000    1.0000    0.6667         1\n" +
            "          c1     0.0000    0.0000    0.0000         1\n" +
            "          c2     1.0000    0.6667    0.8000         3\n\n" +
            "    accuracy                         0.6000         5\n" +
            "   macro avg     0.5000    0.5556    0.4889         5\n" +
            "weighted avg     0.7000    0.6000    0.6133         5\n";
        var pair = Tagging.Pair(Tagging.AsTypes("c0", "c1", "c2", "c2", "c2"), Tagging.AsTypes("c0", "c0", "c2", "c2", "c1"));

        string text = ReportText.Format(Scorer.Score(pair, ScoreUnit.SubtokenType));

        Assert.Equal("unit: subtoken-type  mode: label  scheme: type\n" + sklearn, text);
    }

    [Fact]
    public void Entity_report_has_seqeval_layout_with_four_digits()
    {
        // seqeval's README example (printed there with 2 digits), laid out by seqeval's StringReporter with digits=4.
        var pair = Tagging.Pair(
            [["O", "O", "O", "B-MISC", "I-MISC", "I-MISC", "O"], ["B-PER", "I-PER", "O"]],
            [["O", "O", "B-MISC", "I-MISC", "I-MISC", "I-MISC", "O"], ["B-PER", "I-PER", "O"]]);

        string text = ReportText.Format(Scorer.Score(pair, ScoreUnit.EntityDefault));

        Assert.Equal(
            "unit: entity-default  mode: default  scheme: conlleval\n" +
            "              precision    recall  f1-score   support\n\n" +
            "        MISC     0.0000    0.0000    0.0000         1\n" +
            "         PER     1.0000    1.0000    1.0000         1\n\n" +
            "   micro avg     0.5000    0.5000    0.5000         2\n" +
            "   macro avg     0.5000    0.5000    0.5000         2\n" +
            "weighted avg     0.5000    0.5000    0.5000         2\n", text);
    }

    [Fact]
    public void Title_names_the_options()
    {
        var options = new ScoreOptions
        {
            Labels = ["Drug", "Route"],
            TypeMap = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("ADE", "Reason"),
        };
        Assert.Equal("unit: word  mode: label  scheme: BIO  labels Drug,Route  map ADE=Reason", ReportText.Title(ScoreUnit.Word, options));
    }

    [Theory]
    [InlineData(0.03125, "0.0312")] // exact binary ties round half to even, as Python's format does
    [InlineData(0.15625, "0.1562")]
    [InlineData(0.96875, "0.9688")]
    [InlineData(0.8125, "0.8125")]
    [InlineData(0.12345, "0.1235")] // not a tie in binary: 0.12345 is stored slightly above
    [InlineData(0.00005, "0.0001")]
    [InlineData(0.99995, "1.0000")]
    [InlineData(1.0 / 3, "0.3333")]
    [InlineData(2.0 / 3, "0.6667")]
    [InlineData(0.0, "0.0000")]
    [InlineData(5e-324, "0.0000")]
    public void Scores_print_as_python_prints_them(double value, string python)
    {
        // Expected strings are Python 3.11's format(value, '.4f').
        Assert.Equal(python, PythonFormat.Fixed(value, 4));
    }
}
