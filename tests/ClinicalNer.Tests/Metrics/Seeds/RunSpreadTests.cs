using ClinicalNer.Metrics;
using ClinicalNer.Metrics.Seeds;
using ClinicalNer.Sample.Lexicons;

namespace ClinicalNer.Tests.Metrics.Seeds;

public class RunSpreadTests
{
    [Fact]
    public void Spread_is_the_mean_and_the_sample_standard_deviation()
    {
        var spread = Spread.Of([1.0, 2.0, 3.0, 4.0]);
        Assert.Equal(2.5, spread.Mean, 1e-12);
        Assert.Equal(Math.Sqrt(5.0 / 3.0), spread.StandardDeviation, 1e-12); // squares 2.25+0.25+0.25+2.25 over n-1 = 3
    }

    [Fact]
    public void One_run_has_no_spread()
    {
        Assert.Throws<ArgumentException>(() => Spread.Of([0.5]));
    }

    [Fact]
    public void Spread_of_runs_gives_one_run_a_deviation_of_zero_and_several_their_spread()
    {
        Assert.Equal(new Spread(0.5, 0), Spread.OfRuns([0.5]));
        Assert.Equal(Spread.Of([1.0, 2.0, 3.0, 4.0]), Spread.OfRuns([1.0, 2.0, 3.0, 4.0]));
        Assert.Throws<ArgumentException>(() => Spread.OfRuns([]));
    }

    [Fact]
    public void Runs_spread_per_class_and_average_and_count_a_missing_class_as_zero()
    {
        var first = Scorer.Score(Tagging.Pair(["B-Drug", "B-Route"], ["B-Drug", "B-Route"]), ScoreUnit.EntityStrict);
        var second = Scorer.Score(Tagging.Pair(["B-Drug", "B-Route"], ["B-Drug", "B-Form"]), ScoreUnit.EntityStrict);

        var spread = RunSpread.Of([first, second]);

        Assert.Equal(2, spread.Runs);
        Assert.Equal(["Drug", "Route", "Form"], spread.Classes.Select(c => c.Name));
        Assert.Equal(new Spread(0.5, Math.Sqrt(0.5)), spread.Classes[1].F1);  // Route F1 1 then 0
        Assert.Equal(new Spread(0, 0), spread.Classes[2].Recall);             // Form only in the second run
        Assert.Equal(0.75, spread.Micro.F1.Mean, 1e-12);                      // micro F1 1 then 0.5
    }
}
