using System.Collections.Immutable;
using ClinicalNer.Text.Corpora;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.Bio;

/// <summary>
/// The best a perfect tagger could score on a corpus under one encoding: gold entities (T lines, with all their
/// fragments) against the spans decoded from the gold tags themselves, matched exactly (type, start, end). Each
/// gold entity that no decoded span reproduces is lost to one cause, tested in this order: it is discontinuous
/// (BIO holds contiguous spans only), sentence splitting cut it, it overlaps another entity (or shares a token
/// with one), or its edges fall inside tokens.
/// </summary>
/// <param name="Policy">The discontinuous-entity policy of the encoding.</param>
/// <param name="Gold">Gold entities.</param>
/// <param name="Decoded">Spans decoded from the tags.</param>
/// <param name="Exact">Gold entities reproduced exactly.</param>
/// <param name="LostToDiscontinuity">Lost because they are discontinuous.</param>
/// <param name="LostToSentenceCut">Lost because a sentence boundary cut them.</param>
/// <param name="LostToOverlap">Lost because they overlap another entity.</param>
/// <param name="LostToTokenBoundary">Lost because an edge falls inside a token.</param>
public sealed record TaggingCeiling(
    DiscontinuousPolicy Policy, int Gold, int Decoded, int Exact,
    int LostToDiscontinuity, int LostToSentenceCut, int LostToOverlap, int LostToTokenBoundary)
{
    /// <summary>Exact / decoded: the precision of a perfect tagger.</summary>
    public double Precision => Decoded == 0 ? 0 : (double)Exact / Decoded;

    /// <summary>Exact / gold: the recall of a perfect tagger.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Exact / Gold;

    /// <summary>The F1 of a perfect tagger.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The ceiling of the encoding of <paramref name="corpus"/>.</summary>
    public static TaggingCeiling Of(TaggedCorpus corpus)
    {
        int gold = 0, decoded = 0, exact = 0, discontinuity = 0, sentenceCut = 0, overlap = 0, tokenBoundary = 0;
        foreach (var document in corpus.Documents)
        {
            var entities = document.Document.Entities;
            var spans = BioDecoder.Decode(document.Sentences);
            gold += entities.Length;
            decoded += spans.Length;
            var available = new Dictionary<EntitySpan, int>();
            foreach (var s in spans) available[s] = available.GetValueOrDefault(s) + 1;

            var cut = new bool[entities.Length];
            var overlapping = Overlapping(document.Units, entities.Length);
            for (int u = 0; u < document.Units.Length; u++)
            {
                int e = document.Units[u].Entity;
                cut[e] |= document.CutBySentence[u];
                overlapping[e] |= document.LostTokens[u];
            }
            for (int e = 0; e < entities.Length; e++)
            {
                var entity = entities[e];
                var key = new EntitySpan(entity.Type, entity.Start, entity.End);
                if (!entity.IsDiscontinuous && available.GetValueOrDefault(key) > 0)
                {
                    available[key]--;
                    exact++;
                }
                else if (entity.IsDiscontinuous) discontinuity++;
                else if (cut[e]) sentenceCut++;
                else if (overlapping[e]) overlap++;
                else tokenBoundary++;
            }
        }
        return new TaggingCeiling(corpus.Options.Discontinuous, gold, decoded, exact, discontinuity, sentenceCut, overlap, tokenBoundary);
    }

    /// <summary>[entity] -> true when one of its units shares a character with a unit of another entity.</summary>
    internal static bool[] Overlapping(TaggingUnit[] sortedUnits, int entities)
    {
        var result = new bool[entities];
        for (int i = 0; i < sortedUnits.Length; i++)
            for (int j = i + 1; j < sortedUnits.Length && sortedUnits[j].Start < sortedUnits[i].End; j++)
                if (sortedUnits[j].Entity != sortedUnits[i].Entity)
                    result[sortedUnits[i].Entity] = result[sortedUnits[j].Entity] = true;
        return result;
    }
}
