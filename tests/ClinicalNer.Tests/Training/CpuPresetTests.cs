using ClinicalNer.Training.Settings;

namespace ClinicalNer.Tests.Training;

public class CpuPresetTests
{
    [Theory]
    [InlineData("transformer-crf", 20)]
    [InlineData("transformer-apt", 20)]
    [InlineData("bilstm-crf", 30)]
    [InlineData("bert-crf", 4)]
    public void Each_model_trains_at_most_its_own_default_epochs(string model, int epochs) =>
        Assert.Equal(epochs, TrainOptions.Cpu(SettingNames.Models.Parse(model)).Trainer.Epochs);
}
