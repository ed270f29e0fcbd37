namespace ClinicalNer.Metrics.Entities;

/// <summary>
/// How often a tagging breaks the BIO (IOB2) scheme: an <c>I-X</c> that starts a sentence or follows <c>O</c>,
/// <c>B-Y</c> or <c>I-Y</c> with Y ≠ X. A softmax head can emit such sequences; a BIO-constrained CRF cannot.
/// </summary>
/// <param name="Tags">Invalid <c>I-</c> tags.</param>
/// <param name="Sentences">Sentences holding at least one invalid tag.</param>
/// <param name="TotalTags">All tags looked at.</param>
/// <param name="TotalSentences">All sentences looked at.</param>
public sealed record BioViolations(int Tags, int Sentences, int TotalTags, int TotalSentences)
{
    /// <summary>Counts the invalid tags of the predicted (or gold) side of <paramref name="pair"/>, sentence by sentence.</summary>
    public static BioViolations Of(TaggedPair pair, bool predicted = true)
    {
        var ids = predicted ? pair.Predicted : pair.Gold;
        var labels = new string[pair.Labels.Count];
        for (int id = 0; id < labels.Length; id++) labels[id] = pair.Labels[id];
        int tags = 0, sentences = 0;
        for (int s = 0; s < pair.SentenceCount; s++)
        {
            int start = pair.SentenceStarts[s], end = pair.SentenceStarts[s + 1];
            int before = tags;
            for (int t = start; t < end; t++)
                if (!Follows(t == start ? null : labels[ids[t - 1]], labels[ids[t]])) tags++;
            if (tags > before) sentences++;
        }
        return new BioViolations(tags, sentences, pair.TokenCount, pair.SentenceCount);
    }

    /// <summary>Counts the invalid tags of one sentence's tag sequence.</summary>
    public static int Count(IReadOnlyList<string> tags)
    {
        int invalid = 0;
        for (int t = 0; t < tags.Count; t++)
            if (!Follows(t == 0 ? null : tags[t - 1], tags[t])) invalid++;
        return invalid;
    }

    /// <summary>Whether <paramref name="tag"/> may follow <paramref name="previous"/> (null at a sentence start) under BIO.</summary>
    static bool Follows(string? previous, string tag)
    {
        if (!tag.StartsWith("I-", StringComparison.Ordinal)) return true;
        return previous is not null && previous.Length == tag.Length && previous[0] is 'B' or 'I' && previous[1] == '-' &&
               previous.AsSpan(2).SequenceEqual(tag.AsSpan(2));
    }
}
