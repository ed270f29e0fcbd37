using ClinicalNer.Models.Encoders;

namespace ClinicalNer.Models.Checkpoints;

/// <summary>An encoder configuration and where it was read from.</summary>
/// <param name="Config">The architecture.</param>
/// <param name="Origin">The <c>config.json</c> path, or a note that the built-in values of a paper model were used.</param>
public sealed record LocatedEncoderConfig(EncoderConfig Config, string Origin);
