using System.Collections.Immutable;
using ClinicalNer.Runtime;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Text.Statistics;

namespace ClinicalNer.Text.Downsampling;

/// <summary>
/// The paper's "efficient training" (SamBD): every sentence with an entity is kept, entity-free sentences are
/// thinned out at random (<see cref="DownsampleOptions"/>). In probability mode one random number is drawn per
/// entity-free sentence, in order; in target mode the entity-free sentences are shuffled once and the first
/// ones kept. The kept sentences keep their original order.
/// </summary>
public static class Downsampler
{
    /// <summary>Down-samples <paramref name="sentences"/> (tagged).</summary>
    public static DownsampleResult Downsample(IReadOnlyList<Sentence> sentences, DownsampleOptions options)
    {
        var before = LabelDistribution.Of(sentences);
        var random = new SeededRandom(options.Seed);
        var keep = new bool[sentences.Count];
        var entityFree = new List<int>();
        for (int i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].HasEntity) keep[i] = true;
            else entityFree.Add(i);
        }

        if (options.KeepProbability is { } p)
        {
            foreach (int i in entityFree) keep[i] = random.Chance(p);
        }
        else
        {
            double share = options.TargetEntityFreeShare!.Value;
            int withEntity = sentences.Count - entityFree.Count;
            // free / (withEntity + free) = share  <=>  free = share * withEntity / (1 - share)
            int target = (int)Math.Min(entityFree.Count, Math.Round(share * withEntity / (1 - share)));
            random.Shuffle(entityFree);
            for (int j = 0; j < target; j++) keep[entityFree[j]] = true;
        }

        var kept = ImmutableArray.CreateBuilder<Sentence>();
        for (int i = 0; i < sentences.Count; i++) if (keep[i]) kept.Add(sentences[i]);
        var result = kept.ToImmutable();
        return new DownsampleResult(result, before, LabelDistribution.Of(result));
    }
}
