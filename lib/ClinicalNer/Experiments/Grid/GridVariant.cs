using System.Collections.Immutable;
using ClinicalNer.Text.Downsampling;

namespace ClinicalNer.Experiments.Grid;

/// <summary>The training data of a grid run: every sentence, or the paper's down-sampling of entity-free sentences.</summary>
/// <param name="Name">The name in run folders and tables (<c>full</c>, <c>sambd</c>).</param>
/// <param name="Downsample">Keep probability of entity-free sentences, null for none.</param>
public sealed record GridVariant(string Name, double? Downsample)
{
    /// <summary>All training sentences.</summary>
    public static GridVariant Full { get; } = new("full", null);

    /// <summary>Entity-free sentences kept with probability 0.08 (the paper's SamBD).</summary>
    public static GridVariant Sambd { get; } = new("sambd", DownsampleOptions.PaperKeepProbability);

    /// <summary>Both variants, full first.</summary>
    public static ImmutableArray<GridVariant> Both { get; } = [Full, Sambd];

    /// <summary>The variant called <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No such variant.</exception>
    public static GridVariant Named(string name) =>
        Both.FirstOrDefault(v => v.Name == name)
        ?? throw new ArgumentException($"unknown variant '{name}'; variants: {string.Join(", ", Both.Select(v => v.Name))}");
}
