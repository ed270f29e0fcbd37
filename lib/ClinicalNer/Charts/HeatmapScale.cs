using System.Globalization;

namespace ClinicalNer.Charts;

/// <summary>
/// The heatmaps' colour scale and the colour of each cell's text. The scale is viridis: dark purple at the lowest value,
/// yellow at the highest, ordered from dark to light also in grey print and for colour-blind readers. A cell's text is
/// white or black, whichever contrasts more with the cell (WCAG's contrast ratio: white wins below a relative luminance
/// of 0.179).
/// </summary>
static class HeatmapScale
{
    /// <summary>The scale's stops: position from 0 (lowest value) to 1 (highest) and colour; plotly.js interpolates between them.</summary>
    public static readonly (double Position, string Colour)[] Stops =
        [(0, "#440154"), (0.25, "#3b528b"), (0.5, "#21918c"), (0.75, "#5ec962"), (1, "#fde725")];

    /// <summary>The relative luminance at which white and black text contrast equally: (L + 0.05) / 0.05 = 1.05 / (L + 0.05).</summary>
    const double EqualContrast = 0.1791;

    /// <summary>The range the scale spans: the least and greatest finite value, widened by 1 either way when they are equal (or there is none), so that every cell has a colour.</summary>
    public static (double Min, double Max) Range(double[][] z)
    {
        var finite = z.SelectMany(row => row).Where(double.IsFinite).ToArray();
        if (finite.Length == 0) return (-1, 1);
        double min = finite.Min(), max = finite.Max();
        return max > min ? (min, max) : (min - 1, max + 1);
    }

    /// <summary>"white" or "black": the text colour that contrasts more with the colour of <paramref name="value"/> on a scale from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static string TextColour(double value, double min, double max) =>
        double.IsFinite(value) && Luminance(Math.Clamp((value - min) / (max - min), 0, 1)) < EqualContrast ? "white" : "black";

    /// <summary>WCAG relative luminance of the scale's colour at <paramref name="position"/>, interpolated in RGB between its stops as plotly.js does.</summary>
    static double Luminance(double position)
    {
        var upper = Array.FindIndex(Stops, s => s.Position >= position);
        var lower = Math.Max(upper - 1, 0);
        var (from, to) = (Rgb(Stops[lower].Colour), Rgb(Stops[upper].Colour));
        var t = upper == lower ? 0 : (position - Stops[lower].Position) / (Stops[upper].Position - Stops[lower].Position);
        double Channel(int i) => Linear((from[i] + t * (to[i] - from[i])) / 255);
        return 0.2126 * Channel(0) + 0.7152 * Channel(1) + 0.0722 * Channel(2);
    }

    /// <summary>An sRGB channel (0 to 1) as linear light.</summary>
    static double Linear(double c) => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);

    static double[] Rgb(string hex) =>
        [.. Enumerable.Range(0, 3).Select(i => (double)int.Parse(hex.AsSpan(1 + 2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture))];
}
