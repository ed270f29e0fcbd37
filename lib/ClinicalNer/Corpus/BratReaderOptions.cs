using System.Collections.Immutable;

namespace ClinicalNer.Corpus;

/// <summary>How <see cref="BratReader"/> treats the data.</summary>
public sealed record BratReaderOptions
{
    /// <summary>Entity types the corpus may use; empty means any type (brat is generic).</summary>
    public ImmutableArray<string> AllowedTypes { get; init; } = [];

    /// <summary>
    /// Skip a bad line instead of failing, recording it in <see cref="BratFolder.Skipped"/> (never silently).
    /// </summary>
    public bool Lenient { get; init; }

    /// <summary>Any entity type (the default).</summary>
    public static BratReaderOptions Default { get; } = new();

    /// <summary>The n2c2 2018 Track 2 preset: its nine types only; any other type is an error.</summary>
    public static BratReaderOptions N2c2 { get; } = new() { AllowedTypes = EntityTypes.N2c2 };
}
