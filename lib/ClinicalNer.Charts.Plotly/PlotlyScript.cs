using System.Reflection;

namespace ClinicalNer.Charts.Plotly;

/// <summary>The plotly.js bundle that Plotly.NET carries (and targets), for pages that must work offline.</summary>
public static class PlotlyScript
{
    const string Prefix = "Plotly.NET.plotly-", Suffix = ".min.js";

    /// <summary>The minified plotly.js source (version 2.x, about 3.6 MB).</summary>
    public static string Text()
    {
        using var stream = PlotlyNet.GetManifestResourceStream(ResourceName())!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The plotly.js version of <see cref="Text"/>, read from its resource name (for example 2.28.0).</summary>
    public static string Version() => ResourceName()[Prefix.Length..^Suffix.Length];

    static Assembly PlotlyNet => typeof(global::Plotly.NET.GenericChart).Assembly;

    static string ResourceName() =>
        PlotlyNet.GetManifestResourceNames().Single(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal));
}
