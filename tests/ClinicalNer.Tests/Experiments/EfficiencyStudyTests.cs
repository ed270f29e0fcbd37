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

        var keep = EfficiencyStudy.KeepRates(template, [0.1, 1.0], Path.Combine(temp.Path, "keep"), TextWriter.Null);
        var notes = EfficiencyStudy.TrainingNotes(template, corpus, [2], testNotes: 1, Path.Combine(temp.Path, "notes"), TextWriter.Null);

        Assert.Equal([0.1, 1.0], keep.Select(p => p.Setting));
        Assert.Equal([2.0], notes.Select(p => p.Setting));
        Assert.Equal(0.1, RunConfig.Load(Path.Combine(temp.Path, "keep", "keep-0.1", "run", "config.json")).Downsample);
        Assert.Null(RunConfig.Load(Path.Combine(temp.Path, "keep", "keep-1", "run", "config.json")).Downsample);
        var metrics = MetricsFile.Read(Path.Combine(temp.Path, "keep", "keep-1", "run", "metrics.json"));
        Assert.Equal(metrics["entity-strict"].Micro.F1, keep[1].EntityStrictF1);
        Assert.All(keep.Concat(notes), p => Assert.True(p.TrainSeconds > 0));
        var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "notes", "notes-2", "run", "data.json"))).RootElement;
        Assert.Equal(2, data.GetProperty("train_documents").GetInt32() + data.GetProperty("dev_documents").GetInt32());

        var frame = EfficiencyStudy.Frame(keep, "keep rate p");
        Assert.Equal(["keep rate p", "train seconds", "entity-strict micro F1", "sub-token BIO macro F1"], frame.Columns.Select(c => c.Name));
        Assert.Equal(Math.Round(keep[1].EntityStrictF1, 4), (double)frame.Columns["entity-strict micro F1"][1]);
    }
}
