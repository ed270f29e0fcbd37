using ClinicalNer.Corpus;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Text.Statistics;
using Microsoft.Data.Analysis;

namespace ClinicalNer.Charts;

/// <summary>Corpus statistics as data frames for notebooks: one row per measure, one column per named corpus or split.</summary>
public static class CorpusFrames
{
    /// <summary>Notes, sentences, tokens, entities (all, discontinuous, overlapping), relations and entity-free sentences of each split; counts a CoNLL file cannot know are missing.</summary>
    public static DataFrame Summary(params (string Name, CorpusStatistics Statistics)[] splits) =>
        Measures(splits, [
            ("notes", s => s.Documents),
            ("sentences", s => s.Sentences),
            ("tokens", s => s.Tokens),
            ("entities", s => s.Entities.Values.Sum()),
            ("discontinuous entities", s => s.Discontinuous),
            ("overlapping entities", s => s.Overlapping),
            ("relations", s => s.Relations),
            ("entity-free sentences", s => s.EntityFreeSentences),
        ]);

    /// <summary>Entities per type in each split: the n2c2 types in their order, then any other type found.</summary>
    public static DataFrame Entities(params (string Name, CorpusStatistics Statistics)[] splits)
    {
        var types = EntityTypes.N2c2.Concat(splits.SelectMany(s => s.Statistics.Entities.Keys).Order(StringComparer.Ordinal)).Distinct().ToArray();
        return Measures(splits, [.. types.Select(t => (t, (Func<CorpusStatistics, double?>)(s => s.Entities.GetValueOrDefault(t))))], "type");
    }

    /// <summary>Sentences, entity-free sentences and their share, tokens and the share of <c>O</c> tokens in each distribution (for example before and after down-sampling).</summary>
    public static DataFrame Distributions(params (string Name, LabelDistribution Distribution)[] distributions) =>
        Measures(distributions, [
            ("sentences", d => d.Sentences),
            ("entity-free sentences", d => d.EntityFreeSentences),
            ("entity-free share", d => Math.Round(d.EntityFreeShare, 4)),
            ("tokens", d => d.Tokens),
            ("O share of tokens", d => Math.Round(d.Share("O"), 4)),
        ]);

    /// <summary>The encoding ceiling under each discontinuous-entity policy: what a perfect tagger of the BIO tags would score, and why entities are lost.</summary>
    public static DataFrame Ceilings(CorpusStatistics statistics)
    {
        var rows = statistics.Ceilings;
        return new DataFrame(
            new StringDataFrameColumn("policy", rows.Select(c => c.Policy.ToString())),
            new Int32DataFrameColumn("gold", rows.Select(c => c.Gold)),
            new Int32DataFrameColumn("exact", rows.Select(c => c.Exact)),
            new Int32DataFrameColumn("lost: discontinuous", rows.Select(c => c.LostToDiscontinuity)),
            new Int32DataFrameColumn("lost: sentence cut", rows.Select(c => c.LostToSentenceCut)),
            new Int32DataFrameColumn("lost: overlap", rows.Select(c => c.LostToOverlap)),
            new Int32DataFrameColumn("lost: token boundary", rows.Select(c => c.LostToTokenBoundary)),
            new DoubleDataFrameColumn("precision", rows.Select(c => Math.Round(c.Precision, 4))),
            new DoubleDataFrameColumn("recall", rows.Select(c => Math.Round(c.Recall, 4))),
            new DoubleDataFrameColumn("F1", rows.Select(c => Math.Round(c.F1, 4))));
    }

    static DataFrame Measures<T>((string Name, T Value)[] columns, (string Measure, Func<T, double?> Read)[] rows, string rowHeader = "measure")
    {
        var frame = new DataFrame(new StringDataFrameColumn(rowHeader, rows.Select(r => r.Measure)));
        foreach (var (name, value) in columns)
            frame.Columns.Add(new DoubleDataFrameColumn(name, rows.Select(r => r.Read(value))));
        return frame;
    }
}
