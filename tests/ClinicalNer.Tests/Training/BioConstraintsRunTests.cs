using System.Text.Json.Nodes;
using ClinicalNer.Inference;
using ClinicalNer.Metrics;
using ClinicalNer.Metrics.Entities;
using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Tests.Training;

public class BioConstraintsRunTests
{
    [Fact]
    public void Constrained_crf_run_records_the_flag_and_predicts_no_invalid_tag()
    {
        using var temp = new TempDir();
        var data = TinyRun.Corpus(temp.Path, train: 3, test: 2);
        var run = TrainingRun.Train(TinyRun.Config(data) with { BioConstraints = true }, Path.Combine(temp.Path, "run"), resume: false, vocabFile: null, TextWriter.Null);

        Assert.True(JsonNode.Parse(File.ReadAllText(run.ConfigPath))!["bio_constraints"]!.GetValue<bool>());
        using (var model = TrainedModel.Load(run.Path))
            Assert.NotNull(model.Tagger.Crf!.Constraints);
        RunEvaluation.Evaluate(run.Path, data);
        var pair = RunEvaluation.Predictions(run.Path, subtokens: true);
        var violations = BioViolations.Of(pair);
        Assert.True(violations.TotalTags > 100);
        Assert.Equal(0, violations.Tags);
    }

    [Fact]
    public void Constraints_are_off_by_default_also_in_a_config_written_before_the_flag_existed()
    {
        using var temp = new TempDir();
        var config = TinyRun.Config("corpus");
        Assert.False(JsonNode.Parse(config.ToJson())!["bio_constraints"]!.GetValue<bool>());
        Assert.Null(config.Constraints(["O", "B-Drug", "I-Drug"]));

        var old = JsonNode.Parse(config.ToJson())!.AsObject();
        old.Remove("bio_constraints");
        var path = temp.Write("config.json", old.ToJsonString());
        Assert.False(RunConfig.Load(path).BioConstraints);
        Assert.True(RunConfig.Load(temp.Write("on.json", (config with { BioConstraints = true }).ToJson())).BioConstraints);
    }

    [Fact]
    public void Constraints_on_a_softmax_model_fail_before_a_run_folder_exists()
    {
        using var temp = new TempDir();
        var output = Path.Combine(temp.Path, "run");
        var config = TinyRun.Config(Path.Combine(temp.Path, "corpus"), model: "transformer-apt") with { BioConstraints = true };

        var e = Assert.Throws<ArgumentException>(() => TrainingRun.Train(config, output, resume: false, vocabFile: null, TextWriter.Null));
        Assert.Contains("--bio-constraints needs a CRF head", e.Message);
        Assert.False(Directory.Exists(output));
    }
}
