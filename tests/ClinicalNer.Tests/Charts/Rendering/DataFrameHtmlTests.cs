using ClinicalNer.Charts.Rendering;
using Microsoft.Data.Analysis;

namespace ClinicalNer.Tests.Charts.Rendering;

public class DataFrameHtmlTests
{
    static DataFrame Scores() => new(
        new StringDataFrameColumn("label <type>", ["Drug", "A&B", null!]),
        new DoubleDataFrameColumn("F1", [0.9125, 1.0 / 3, null]),
        new Int32DataFrameColumn("support", [120, 7, 0]));

    [Fact]
    public void Frame_becomes_a_table_with_encoded_text_and_right_aligned_numbers()
    {
        const string l = "style=\"text-align:left\"", r = "style=\"text-align:right\"";
        var expected =
            "<table class=\"clinical-ner-table\">\n" +
            $"<thead><tr><th {l}>label &lt;type&gt;</th><th {r}>F1</th><th {r}>support</th></tr></thead>\n" +
            "<tbody>\n" +
            $"<tr><td {l}>Drug</td><td {r}>0.9125</td><td {r}>120</td></tr>\n" +
            $"<tr><td {l}>A&amp;B</td><td {r}>0.333333</td><td {r}>7</td></tr>\n" +
            $"<tr><td {l}></td><td {r}></td><td {r}>0</td></tr>\n" +
            "</tbody>\n</table>\n";
        Assert.Equal(expected, DataFrameHtml.ToHtml(Scores()));
    }

    [Fact]
    public void Rows_past_the_limit_are_counted_not_shown()
    {
        var html = DataFrameHtml.ToHtml(Scores(), maxRows: 1);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<tr><td"));
        Assert.EndsWith("</table>\n<p>2 more rows (3 in all)</p>\n", html);
    }
}
