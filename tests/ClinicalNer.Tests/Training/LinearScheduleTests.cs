using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Tests.Training;

public class LinearScheduleTests
{
    [Fact]
    public void Without_warmup_it_decays_linearly_from_the_peak_to_zero()
    {
        var s = new LinearSchedule(1e-4, 0, 4);
        var expected = new[] { 1e-4, 0.75e-4, 0.5e-4, 0.25e-4, 0.0 };
        Assert.All(Enumerable.Range(0, 5), i => Assert.Equal(expected[i], s.At(i), 1e-15));
    }

    [Fact]
    public void Warmup_rises_to_the_peak_then_decays()
    {
        var s = new LinearSchedule(1.0, 2, 6);
        Assert.Equal([0.0, 0.5, 1.0, 0.75, 0.5, 0.25, 0.0], Enumerable.Range(0, 7).Select(s.At).ToArray());
    }
}
