using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.Downsampling;

/// <summary>
/// How <see cref="Downsampler"/> thins out entity-free sentences: with a fixed keep probability (the paper's
/// "efficient training", 8%) or to reach a target share of entity-free sentences. Every choice comes from
/// <see cref="Runtime.SeededRandom"/> seeded with <see cref="Seed"/>.
/// </summary>
public sealed record DownsampleOptions
{
    DownsampleOptions(double? keep, double? targetShare, long seed)
    {
        KeepProbability = keep;
        TargetEntityFreeShare = targetShare;
        Seed = seed;
    }

    /// <summary>The paper's keep probability for entity-free sentences (kept iff <c>randint(1, 100) &gt; 92</c>).</summary>
    public const double PaperKeepProbability = 0.08;

    /// <summary>Probability of keeping each entity-free sentence, or null in target mode.</summary>
    public double? KeepProbability { get; }

    /// <summary>Share of entity-free sentences to reach after down-sampling, or null in probability mode.</summary>
    public double? TargetEntityFreeShare { get; }

    /// <summary>Seed of the random choices.</summary>
    public long Seed { get; }

    /// <summary>Keep each entity-free sentence independently with probability <paramref name="p"/> (the paper's method).</summary>
    public static DownsampleOptions Keep(double p, long seed)
    {
        if (!(p is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "a keep probability is in [0, 1]");
        return new DownsampleOptions(p, null, seed);
    }

    /// <summary>
    /// Keep exactly as many entity-free sentences, chosen at random, as make them <paramref name="share"/> of the
    /// result (all of them when there are too few).
    /// </summary>
    public static DownsampleOptions TargetShare(double share, long seed)
    {
        if (!(share is >= 0 and < 1)) throw new ArgumentOutOfRangeException(nameof(share), share, "a target share is in [0, 1)");
        return new DownsampleOptions(null, share, seed);
    }
}
