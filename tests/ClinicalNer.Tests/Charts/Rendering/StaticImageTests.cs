using ClinicalNer.Charts;
using ClinicalNer.Sample.Lexicons;

namespace ClinicalNer.Tests.Charts.Rendering;

public class StaticImageTests
{
    // plotly.js's default colour way, which Plotly.NET's default template keeps: first and second trace.
    static readonly (byte, byte, byte) Blue = (0x63, 0x6E, 0xFA), Red = (0xEF, 0x55, 0x3B);

    [Trait("Category", "Integration")]
    [SkippableFact]
    public void Png_has_the_asked_size_and_paints_each_series_in_its_colour()
    {
        HeadlessChromium.Require();
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "charts", "bars.png");
        Plot.Bars("F1 by label", ["Drug", "Dosage", "Route"], ["CRF", "softmax"], [[0.9, 0.8, 0.7], [0.6, 0.5, 0.4]], "label", "F1")
            .SavePng(path, 640, 360);
        var png = PngImage.Read(path);
        Assert.Equal((640, 360), (png.Width, png.Height));
        // Bars of a series fill thousands of pixels in its colour; the legend swatch alone is about a hundred.
        Assert.True(png.Count(Blue) > 3000, $"{png.Count(Blue)} blue pixels");
        Assert.True(png.Count(Red) > 2000, $"{png.Count(Red)} red pixels");
        Assert.True(png.Count(Blue) > png.Count(Red), "the first series has the taller bars");
    }

    [Fact]
    public void Png_without_chromium_fails_with_an_explanation()
    {
        var chart = Plot.Bars("x", ["a"], [1.0]);
        using var dir = new TempDir();
        var missing = Path.Combine(dir.Path, "no-chromium");
        var error = Assert.Throws<InvalidOperationException>(() => chart.SavePng(Path.Combine(dir.Path, "x.png"), 100, 100, missing));
        Assert.Equal($"Chromium not found at {missing} (from CLINICAL_NER_CHROMIUM).", error.Message);
        Assert.False(File.Exists(Path.Combine(dir.Path, "x.png")));
    }
}
