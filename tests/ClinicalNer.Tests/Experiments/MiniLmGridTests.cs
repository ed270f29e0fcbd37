using System.CommandLine;
using ClinicalNer.Charts;
using ClinicalNer.Cli.Commands;
using ClinicalNer.Experiments;
using ClinicalNer.Experiments.Grid;
using ClinicalNer.Models.Checkpoints;
using ClinicalNer.Models.Hub;
using ClinicalNer.Tests.Models.Onnx;
using ClinicalNer.Tests.Training;
using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Tests.Experiments;

/// <summary>
/// On a fresh offline machine (empty Hugging Face cache) the default grid runs the two MiniLM models beside the
/// from-scratch ones, fine-tuned with <see cref="FineTunePreset"/>, and says in <c>results.md</c> what MiniLM is.
/// </summary>
[Trait("Category", "Integration")]
public class MiniLmGridTests
{
    [Fact]
    public void Offline_with_an_empty_hub_cache_the_default_models_are_the_from_scratch_and_minilm_ones()
    {
        using var hub = new TempDir();

        var (models, skipped) = ModelAvailability.Default(new HubOptions { CacheDirectory = hub.Path, WorkbenchCacheDirectory = BundledMiniLm.WorkbenchCache });

        Assert.Equal(["transformer-crf", "transformer-apt", "minilm-crf", "minilm-apt", "bilstm-crf"], models.Select(m => m.Name));
        Assert.Equal(6, skipped.Length);
    }

    [Fact]
    public void Minilm_models_fine_tune_the_bundled_encoder_with_the_fine_tune_preset_and_the_papers_bert_settings_under_its_preset()
    {
        var cpu = ReproduceGrid.Plan(new ReproduceOptions { Data = "corpus", Output = "out", Models = [GridModel.Named("minilm-crf")], Seeds = [1] });
        var paper = ReproduceGrid.Plan(new ReproduceOptions { Data = "corpus", Output = "out", Models = [GridModel.Named("minilm-apt")], Preset = GridPreset.Paper, Seeds = [1] });

        Assert.Equal(["minilm-crf-full-seed1", "minilm-crf-sambd-seed1"], cpu.Select(r => r.Name));
        var tuned = cpu[0].Config;
        Assert.Equal((Model.BertCrf, BundledEncoders.MiniLm, true), (tuned.Model, tuned.Encoder, tuned.SpecialTokens));
        Assert.Equal((FineTunePreset.Epochs, FineTunePreset.LearningRate, (double?)FineTunePreset.HeadLearningRate, FineTunePreset.Warmup, FineTunePreset.BestEpochBy),
                     (tuned.Trainer.Epochs, tuned.Trainer.LearningRate, tuned.Trainer.HeadLearningRate, tuned.Trainer.WarmupFraction, tuned.Trainer.BestEpochBy));
        var bert = PaperPreset.For(Model.BertApt, PaperEncoders.BertBaseCased);
        var trainer = paper[0].Config.Trainer;
        Assert.Equal((bert.BatchSize, bert.Epochs, bert.LearningRate, (double?)null), (trainer.BatchSize, trainer.Epochs, trainer.LearningRate, trainer.HeadLearningRate));
    }

    [Fact]
    public void A_tiny_minilm_grid_trains_offline_and_results_md_says_what_minilm_is()
    {
        using var temp = new TempDir();
        using var offline = BundledMiniLm.OfflineEnvironment();
        var data = TinyRun.Corpus(temp.Path, train: 2, test: 1);
        var output = Path.Combine(temp.Path, "out");
        var options = new ReproduceOptions { Data = data, Output = output, Models = [GridModel.Named("minilm-crf")], Epochs = 1, Threads = 1 };

        var summary = Reproduction.Run(options, [], PlotlyJsMode.None, TextWriter.Null);

        Assert.Equal(["minilm-crf-full-seed1", "minilm-crf-sambd-seed1"], summary.Outcomes.Select(o => o.Run));
        Assert.All(summary.Outcomes, o => Assert.Equal(RunOutcome.Trained, o.Outcome));
        var results = File.ReadAllText(Path.Combine(output, "results.md"));
        Assert.Contains("general-domain, uncased", results);
        Assert.Contains("it is not BERT, BioBERT or ClinicalBERT", results);
    }

    [Fact]
    public void Params_counts_the_bundled_minilm_with_a_crf_head_offline()
    {
        using var offline = BundledMiniLm.OfflineEnvironment();
        var output = new StringWriter();

        var exit = ParamsCommand.Create().Parse(["--encoder", BundledEncoders.MiniLm, "--head", "crf"])
            .Invoke(new InvocationConfiguration { Output = output, Error = output });

        Assert.True(exit == 0, output.ToString());
        // the count: 22,713,216 (encoder with pooler, as Hugging Face counts it) + 7,315 classifier + 399 CRF for 19 labels
        Assert.Contains("total parameters: 22,720,930", output.ToString());
    }
}
