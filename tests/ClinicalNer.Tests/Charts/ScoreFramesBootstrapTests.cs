using ClinicalNer.Charts;
using ClinicalNer.Metrics;
using ClinicalNer.Metrics.Bootstrap;

namespace ClinicalNer.Tests.Charts;

public class ScoreFramesBootstrapTests
{
    [Fact]
    public void Each_class_then_micro_and_macro_becomes_a_row_with_the_difference_and_its_interval()
    {
        var drug = new F1Comparison("Drug", new(0.8, 0.7, 0.9), new(0.85, 0.75, 0.95), new(0.05, -0.01, 0.11), 0.12);
        var micro = new F1Comparison("ignored", new(0.6, 0.5, 0.7), new(0.7, 0.6, 0.8), new(0.1, 0.02, 0.18), 0.01);
        var macro = new F1Comparison("ignored", new(0.5, 0.4, 0.6), new(0.45, 0.35, 0.55), new(-0.05, -0.12, 0.02), 0.3);
        var comparison = new BootstrapComparison(ScoreUnit.EntityStrict, "documents", 6, 1000, 1, 0.95, [drug], micro, macro);

        var frame = ScoreFrames.Bootstrap(comparison, "Apt", "CRF");

        Assert.Equal(["class", "F1 Apt", "F1 CRF", "CRF − Apt", "95% low", "95% high", "p"], frame.Columns.Select(c => c.Name));
        Assert.Equal(["Drug", "micro", "macro"], frame.Columns["class"].Cast<string>());
        Assert.Equal([0.05, 0.1, -0.05], frame.Columns["CRF − Apt"].Cast<double?>().Select(v => v!.Value));
        Assert.Equal([-0.01, 0.02, -0.12], frame.Columns["95% low"].Cast<double?>().Select(v => v!.Value));
        Assert.Equal([0.12, 0.01, 0.3], frame.Columns["p"].Cast<double?>().Select(v => v!.Value));
    }
}
