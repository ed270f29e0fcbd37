using System.Collections.Immutable;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.Statistics;

/// <summary>How many sentences, entity-free sentences and tokens a set of tagged sentences has, and how often each label occurs.</summary>
/// <param name="Sentences">Sentences counted.</param>
/// <param name="EntityFreeSentences">Sentences whose tags are all <c>O</c>.</param>
/// <param name="Tokens">Tokens counted.</param>
/// <param name="Labels">Label -> number of tokens carrying it, ordinal order.</param>
public sealed record LabelDistribution(int Sentences, int EntityFreeSentences, long Tokens, ImmutableSortedDictionary<string, long> Labels)
{
    /// <summary>Share of sentences without an entity (0 when there are none).</summary>
    public double EntityFreeShare => Sentences == 0 ? 0 : (double)EntityFreeSentences / Sentences;

    /// <summary>Share of tokens carrying <paramref name="label"/>.</summary>
    public double Share(string label) => Tokens == 0 ? 0 : (double)Labels.GetValueOrDefault(label) / Tokens;

    /// <summary>Counts <paramref name="sentences"/>, which must be tagged.</summary>
    public static LabelDistribution Of(IEnumerable<Sentence> sentences)
    {
        int count = 0, entityFree = 0;
        long tokens = 0;
        var labels = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            if (!sentence.IsTagged) throw new ArgumentException($"sentence at {sentence.DocumentId}:{sentence.Start} has no tags");
            count++;
            tokens += sentence.Tags.Length;
            bool free = true;
            foreach (var tag in sentence.Tags)
            {
                labels[tag] = labels.GetValueOrDefault(tag) + 1;
                free &= tag == "O";
            }
            if (free) entityFree++;
        }
        return new LabelDistribution(count, entityFree, tokens, labels.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }
}
