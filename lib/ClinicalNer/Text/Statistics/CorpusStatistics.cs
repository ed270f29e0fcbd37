using System.Collections.Immutable;
using ClinicalNer.Corpus;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Conll;
using ClinicalNer.Text.Corpora;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.Statistics;

/// <summary>
/// What a corpus holds: documents, sentences, tokens, entities per type, label distribution and, for a brat
/// corpus, discontinuous and overlapping entities, what splitting and encoding did, and the encoding ceiling
/// under each discontinuous-entity policy. Counts a CoNLL file cannot know are null.
/// </summary>
/// <param name="Source">The folder or file described.</param>
/// <param name="Format"><c>brat</c> or <c>conll</c>.</param>
/// <param name="Documents">Notes (distinct document ids of a NeuroNER CoNLL file; null for a 2-column file).</param>
/// <param name="Sentences">Sentences.</param>
/// <param name="Tokens">Tokens.</param>
/// <param name="Entities">Type -> entities: T lines of a brat corpus, tag chunks of a CoNLL file.</param>
/// <param name="Discontinuous">Entities with more than one fragment.</param>
/// <param name="Overlapping">Entities sharing a character with another entity.</param>
/// <param name="Relations">Relation (R) lines.</param>
/// <param name="Labels">Tag distribution and entity-free sentences.</param>
/// <param name="Split">What sentence splitting did.</param>
/// <param name="Encoding">What BIO encoding did under the corpus's own options.</param>
/// <param name="Ceilings">The encoding ceiling under each discontinuous-entity policy.</param>
/// <param name="Skipped">Lines a lenient read skipped.</param>
public sealed record CorpusStatistics(
    string Source, string Format, int? Documents, int Sentences, long Tokens,
    ImmutableSortedDictionary<string, int> Entities, int? Discontinuous, int? Overlapping, int? Relations,
    LabelDistribution Labels, SentenceSplitReport? Split, TaggingReport? Encoding,
    ImmutableArray<TaggingCeiling> Ceilings, ImmutableArray<SkippedLine> Skipped)
{
    /// <summary>Sentences without any entity.</summary>
    public int EntityFreeSentences => Labels.EntityFreeSentences;

    /// <summary>Statistics of a tagged brat corpus; the ceiling is measured under both policies.</summary>
    public static CorpusStatistics Of(TaggedCorpus corpus, string source)
    {
        var documents = corpus.Documents.Select(d => d.Document).ToArray();
        var entities = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int discontinuous = 0, overlapping = 0, relations = 0;
        foreach (var d in documents)
        {
            relations += d.Relations.Length;
            foreach (var e in d.Entities)
            {
                entities[e.Type] = entities.GetValueOrDefault(e.Type) + 1;
                if (e.IsDiscontinuous) discontinuous++;
            }
            foreach (bool o in TaggingCeiling.Overlapping(TaggingUnit.Of(d, DiscontinuousPolicy.Fragments), d.Entities.Length))
                if (o) overlapping++;
        }

        var ceilings = ImmutableArray.CreateBuilder<TaggingCeiling>();
        foreach (var policy in Enum.GetValues<DiscontinuousPolicy>())
        {
            var encoded = policy == corpus.Options.Discontinuous
                ? corpus
                : TaggedCorpus.FromDocuments(documents, corpus.Options with { Discontinuous = policy });
            ceilings.Add(TaggingCeiling.Of(encoded));
        }

        var labels = LabelDistribution.Of(corpus.Sentences);
        return new CorpusStatistics(source, "brat", documents.Length, labels.Sentences, labels.Tokens,
            entities.ToImmutableSortedDictionary(StringComparer.Ordinal), discontinuous, overlapping, relations,
            labels, corpus.Split, corpus.Encoding, ceilings.ToImmutable(), corpus.Skipped);
    }

    /// <summary>Statistics of a CoNLL file, its tags read in <paramref name="scheme"/>.</summary>
    /// <exception cref="CorpusFormatException">A tag <paramref name="scheme"/> does not allow, at its own line.</exception>
    public static CorpusStatistics Of(ConllFile file, TagScheme scheme = TagScheme.Iob2)
    {
        file.CheckTags(scheme);
        var entities = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var sentences = new List<Sentence>(file.Sentences.Length);
        for (int s = 0; s < file.Sentences.Length; s++)
        {
            var sentence = file.Sentences[s];
            foreach (var chunk in TagSchemes.Chunks(sentence.Tags, scheme)) entities[chunk.Type] = entities.GetValueOrDefault(chunk.Type) + 1;
            sentences.Add(sentence);
        }
        var labels = LabelDistribution.Of(sentences);
        int? documents = file.Format == ConllFormat.NeuroNer
            ? file.Sentences.Select(s => s.DocumentId).Distinct(StringComparer.Ordinal).Count()
            : null;
        return new CorpusStatistics(file.Path, "conll", documents, labels.Sentences, labels.Tokens,
            entities.ToImmutableSortedDictionary(StringComparer.Ordinal), null, null, null, labels, null, null, [], []);
    }
}
