using ClinicalNer.Corpus;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.Bio;

/// <summary>
/// A contiguous code-point range [<see cref="Start"/>, <see cref="End"/>) that BIO encoding tags as one entity:
/// a fragment or a merged discontinuous entity, pointing back to entity <see cref="Entity"/> of its document.
/// </summary>
internal readonly record struct TaggingUnit(int Start, int End, int Entity)
{
    /// <summary>
    /// The units of <paramref name="document"/> under <paramref name="policy"/>, sorted by start; ties keep the
    /// order of the .ann file, as Python's stable sort in NeuroNER's converter does.
    /// </summary>
    public static TaggingUnit[] Of(Document document, DiscontinuousPolicy policy)
    {
        var units = new List<TaggingUnit>(document.Entities.Length + 4);
        for (int e = 0; e < document.Entities.Length; e++)
        {
            var entity = document.Entities[e];
            if (policy == DiscontinuousPolicy.Merge) units.Add(new TaggingUnit(entity.Start, entity.End, e));
            else foreach (var f in entity.Fragments) units.Add(new TaggingUnit(f.Start, f.End, e));
        }
        var sorted = units.ToArray();
        var order = new int[sorted.Length];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => sorted[a].Start != sorted[b].Start ? sorted[a].Start.CompareTo(sorted[b].Start) : a.CompareTo(b));
        var result = new TaggingUnit[order.Length];
        for (int i = 0; i < order.Length; i++) result[i] = sorted[order[i]];
        return result;
    }
}
