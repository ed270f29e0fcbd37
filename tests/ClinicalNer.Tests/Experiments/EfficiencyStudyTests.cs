using System.Text.Json;
using ClinicalNer.Training.Runs;
using ClinicalNer.Training.Settings;
using ClinicalNer.Inference;
using ClinicalNer.Experiments;
using ClinicalNer.Tests.Training;
using ClinicalNer.Training;

namespace ClinicalNer.Tests.Experiments;

[Trait("Category", "Integration")]
public class EfficiencyStudyTests
{
    [Fact]
    public void Each_point_is_a_run_whose_scores_and_cost_are_its_own_files()
    {
        using var temp = new TempDir();
        var corpus = TinyRun.Corpus(temp.Path, train: 4, test: 1);
        var template = TinyRun.Config(corpus, epochs: 1);

        var keep = EfficiencyStudy.KeepRates(template, [0.1, 1.0], [1, 2], Path.Combine(temp.Path, "keep"), TextWriter.Null);
        var notes = EfficiencyStudy.TrainingNotes(template, corpus, [2], test: 1, [1], Path.Combine(temp.Path, "notes"), TextWriter.Null);

        Assert.Equal([(0.1, 1L), (0.1, 2L), (1.0, 1L), (1.0, 2L)], keep.Select(p => (p.Setting, p.Seed)));
        Assert.Equal([2.0], notes.Select(p => p.Setting));
        var seed2 = RunConfig.Load(Path.Combine(temp.Path, "keep", "keep-0.1", "seed-2", "run", "config.json"));
        Assert.Equal((0.1, 2L, 3L), (seed2.Downsample, seed2.Trainer.Seed, seed2.DownsampleSeed));
        Assert.Null(RunConfig.Load(Path.Combine(temp.Path, "keep", "keep-1", "seed-1", "run", "config.json")).Downsample);
        var metrics = MetricsFile.Read(Path.Combine(temp.Path, "keep", "keep-1", "seed-1", "run", "metrics.json"));
        Assert.Equal(metrics["entity-strict"].Micro.F1, keep[2].EntityStrictF1);
        Assert.All(keep.Concat(notes), p => Assert.True(p.TrainSeconds > 0));
        var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "notes", "notes-2", "seed-1", "run", "data.json"))).RootElement;
        Assert.Equal(2, data.GetProperty("train_documents").GetInt32() + data.GetProperty("dev_documents").GetInt32());

        var means = EfficiencyStudy.Means(keep);
        Assert.Equal([0.1, 1.0], means.Select(m => m.Setting));
        double a = keep[2].EntityStrictF1, b = keep[3].EntityStrictF1;
        Assert.Equal((a + b) / 2, means[1].EntityStrictF1.Mean, 12);
        Assert.Equal(Math.Abs(a - b) / Math.Sqrt(2), means[1].EntityStrictF1.StandardDeviation, 12);
        Assert.Equal(0, EfficiencyStudy.Means(notes).Single().EntityStrictF1.StandardDeviation);

        var frame = EfficiencyStudy.Frame(means, "keep rate p");
        Assert.Equal(["keep rate p", "seeds", "train seconds", "entity-strict micro F1", "entity-strict std", "sub-token BIO macro F1", "sub-token std"], frame.Columns.Select(c => c.Name));
        Assert.Equal(Math.Round(means[1].EntityStrictF1.Mean, 4), (double)frame.Columns["entity-strict micro F1"][1]);
    }
}
