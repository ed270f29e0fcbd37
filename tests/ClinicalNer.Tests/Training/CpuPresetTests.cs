using ClinicalNer.Training.Settings;

namespace ClinicalNer.Tests.Training;

public class CpuPresetTests
{
    [Theory]
    [InlineData("transformer-crf", 30)]
    [InlineData("transformer-apt", 30)]
    [InlineData("bilstm-crf", 30)]
    [InlineData("bert-crf", 4)]
    public void Each_model_trains_at_most_its_own_default_epochs(string model, int epochs) =>
        Assert.Equal(epochs, TrainOptions.Cpu(SettingNames.Models.Parse(model)).Trainer.Epochs);

    [Theory]
    [InlineData("transformer-crf", 0.2)]
    [InlineData("transformer-apt", 0.2)]
    [InlineData("bilstm-crf", 0.1)]
    [InlineData("bert-crf", 0.0)]
    public void Each_model_drops_words_at_its_own_default_rate(string model, double wordDropout) =>
        Assert.Equal(wordDropout, TrainOptions.Cpu(SettingNames.Models.Parse(model)).WordDropout);

    [Theory]
    [InlineData("transformer-crf", 0)]
    [InlineData("transformer-apt", 0)]
    [InlineData("bilstm-crf", 4)]
    [InlineData("bert-crf", 4)]
    public void Only_the_bilstm_crf_and_fine_tuning_stop_early_the_transformers_train_every_epoch(string model, int patience) =>
        Assert.Equal(patience, TrainOptions.Cpu(SettingNames.Models.Parse(model)).Trainer.Patience ?? 0);
}
