using ClinicalNer.Metrics;
using ClinicalNer.Metrics.Bootstrap;
using ClinicalNer.Runtime;
using ClinicalNer.Sample.Taggings;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Tests.Metrics.Bootstrap;

public class PairedBootstrapTests
{
    static (TaggedPair A, TaggedPair B) TwoSystems(int documents, int seedA, int seedB)
    {
        var (gold, a) = SyntheticTagging.GenerateSentences(documents * 4, seedA);
        var (_, b) = SyntheticTagging.GenerateSentences(documents * 4, seedB);
        // Give both systems the same gold (the first generator's) and group sentences into documents of four.
        Sentence InDocument(Sentence s, int i) => s with { DocumentId = $"doc{i / 4}" };
        var g = gold.Select(InDocument).ToArray();
        var pa = a.Select(InDocument).ToArray();
        var pb = b.Select((s, i) => InDocument(s with { Tokens = gold[i].Tokens, Tags = Resize(s.Tags, gold[i].Tags.Length) }, i)).ToArray();
        return (TaggedPair.FromSentences(g, pa), TaggedPair.FromSentences(g, pb));
    }

    static System.Collections.Immutable.ImmutableArray<string> Resize(System.Collections.Immutable.ImmutableArray<string> tags, int length) =>
        [.. Enumerable.Range(0, length).Select(i => i < tags.Length ? tags[i] : "O")];

    [Fact]
    public void Observed_values_equal_the_reports()
    {
        var (a, b) = TwoSystems(20, 1, 2);
        var comparison = PairedBootstrap.Compare(a, b, ScoreUnit.EntityStrict, new BootstrapOptions { Samples = 50 });
        var reportA = Scorer.Score(a, ScoreUnit.EntityStrict);
        var reportB = Scorer.Score(b, ScoreUnit.EntityStrict);

        Assert.Equal(reportA.Micro.F1, comparison.Micro.A.Value, 1e-12);
        Assert.Equal(reportB.Micro.F1, comparison.Micro.B.Value, 1e-12);
        Assert.Equal(reportB.Micro.F1 - reportA.Micro.F1, comparison.Micro.Difference.Value, 1e-12);
        foreach (var row in comparison.Classes)
            Assert.Equal(reportA[row.Name].F1, row.A.Value, 1e-12);
        Assert.Equal("documents", comparison.Resampled);
        Assert.Equal(20, comparison.ResampledCount);
    }

    [Fact]
    public void Samples_equal_a_naive_rescoring_of_the_resampled_documents()
    {
        // Independent path: draw documents with the same seeded generator, materialise the resampled corpus as
        // sentences, score it with the ordinary scorer, and take the percentiles the documented way.
        var (a, b) = TwoSystems(8, 3, 4);
        const int samples = 60, seed = 9;
        var comparison = PairedBootstrap.Compare(a, b, ScoreUnit.SubtokenType, new BootstrapOptions { Samples = samples, Seed = seed });

        var random = new SeededRandom(seed);
        var micro = new List<double>();
        for (int s = 0; s < samples; s++)
        {
            var counts = new int[8];
            for (int d = 0; d < 8; d++) counts[random.Next(8)]++;
            var drawn = Enumerable.Range(0, 8).SelectMany(d => Enumerable.Repeat(d, counts[d])).ToArray();
            micro.Add(Scorer.Score(Resample(b, drawn), ScoreUnit.SubtokenType).Micro.F1 -
                      Scorer.Score(Resample(a, drawn), ScoreUnit.SubtokenType).Micro.F1);
        }
        var sorted = micro.Order().ToArray();
        Assert.Equal(Percentile(sorted, 0.025), comparison.Micro.Difference.Low, 1e-12);
        Assert.Equal(Percentile(sorted, 0.975), comparison.Micro.Difference.High, 1e-12);
        double observed = comparison.Micro.Difference.Value;
        double p = (1.0 + micro.Count(d => Math.Abs(d - observed) >= Math.Abs(observed))) / (samples + 1.0);
        Assert.Equal(p, comparison.Micro.PValue, 1e-12);
    }

    [Fact]
    public void Identical_systems_differ_by_zero_with_p_one()
    {
        var (a, _) = TwoSystems(10, 1, 2);
        var comparison = PairedBootstrap.Compare(a, a, ScoreUnit.EntityDefault, new BootstrapOptions { Samples = 100 });
        Assert.All(comparison.Classes.Append(comparison.Micro), row =>
        {
            Assert.Equal(new Estimate(0, 0, 0), row.Difference);
            Assert.Equal(1.0, row.PValue);
        });
    }

    [Fact]
    public void Same_seed_same_result_and_another_seed_another()
    {
        var (a, b) = TwoSystems(10, 1, 2);
        var first = PairedBootstrap.Compare(a, b, ScoreUnit.Subtoken, new BootstrapOptions { Samples = 100, Seed = 5 });
        Assert.Equal(first, PairedBootstrap.Compare(a, b, ScoreUnit.Subtoken, new BootstrapOptions { Samples = 100, Seed = 5 }));
        Assert.NotEqual(first, PairedBootstrap.Compare(a, b, ScoreUnit.Subtoken, new BootstrapOptions { Samples = 100, Seed = 6 }));
    }

    [Fact]
    public void A_much_better_system_is_significant()
    {
        var (gold, predicted) = SyntheticTagging.GenerateSentences(400, 7);
        var documents = gold.Select((s, i) => s with { DocumentId = $"d{i / 10}" }).ToArray();
        var noisy = TaggedPair.FromSentences(documents, predicted.Select((s, i) => s with { DocumentId = $"d{i / 10}" }).ToArray());
        var perfect = TaggedPair.FromSentences(documents, documents);

        var comparison = PairedBootstrap.Compare(noisy, perfect, ScoreUnit.EntityStrict, new BootstrapOptions { Samples = 500 });

        Assert.True(comparison.Micro.Difference.Low > 0);
        Assert.True(comparison.Micro.PValue < 0.01);
    }

    [Fact]
    public void Sentences_are_resampled_when_no_document_is_named()
    {
        var pair = Tagging.Pair([["B-Drug"], ["O"], ["B-Drug", "O"]], [["B-Drug"], ["B-Drug"], ["O", "O"]]);
        var comparison = PairedBootstrap.Compare(pair, pair, ScoreUnit.Subtoken, new BootstrapOptions { Samples = 10 });
        Assert.Equal("sentences", comparison.Resampled);
        Assert.Equal(3, comparison.ResampledCount);
    }

    [Fact]
    public void Systems_scored_against_different_gold_cannot_be_paired()
    {
        var a = Tagging.Pair(["B-Drug", "O"], ["O", "O"]);
        var b = Tagging.Pair(["O", "O"], ["O", "O"]);
        Assert.Throws<ArgumentException>(() => PairedBootstrap.Compare(a, b, ScoreUnit.Subtoken));
    }

    static TaggedPair Resample(TaggedPair pair, int[] documents)
    {
        var gold = new List<Sentence>();
        var predicted = new List<Sentence>();
        foreach (int d in documents)
            for (int s = 0; s < pair.SentenceCount; s++)
            {
                if (pair.SentenceDocuments[s] != d) continue;
                var range = Enumerable.Range(pair.SentenceStarts[s], pair.SentenceStarts[s + 1] - pair.SentenceStarts[s]).ToArray();
                var tokens = range.Select(_ => new Token("w", -1, -1)).ToArray();
                gold.Add(new Sentence("", -1, -1, [.. tokens], [.. range.Select(t => pair.Labels[pair.Gold[t]])]));
                predicted.Add(new Sentence("", -1, -1, [.. tokens], [.. range.Select(t => pair.Labels[pair.Predicted[t]])]));
            }
        return TaggedPair.FromSentences(gold, predicted);
    }

    static double Percentile(double[] sorted, double q)
    {
        double position = q * (sorted.Length - 1);
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }
}
