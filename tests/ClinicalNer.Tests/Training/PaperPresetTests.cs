using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Tests.Training;

public class PaperPresetTests
{
    [Theory]
    [InlineData("transformer-crf", null, 8, 4, 1e-4)]
    [InlineData("transformer-apt", "ignored for from-scratch models", 14, 4, 1e-4)]
    [InlineData("bert-crf", "bert-base-cased", 14, 3, 5e-5)]
    [InlineData("bert-apt", "dmis-lab/biobert-base-cased-v1.2", 8, 2, 1e-4)]
    [InlineData("bert-apt", "medicalai/ClinicalBERT", 14, 1, 1e-4)]
    public void Paper_settings_follow_its_final_run_table(string model, string? encoder, int batch, int epochs, double lr) =>
        Assert.Equal(new PaperPreset(batch, epochs, lr), PaperPreset.For(SettingNames.Models.Parse(model), encoder));

    [Fact]
    public void Encoder_the_paper_did_not_use_has_no_preset()
    {
        var e = Assert.Throws<ArgumentException>(() => PaperPreset.For(Model.BertCrf, "emilyalsentzer/Bio_ClinicalBERT"));
        Assert.Contains("no settings for bert-crf on emilyalsentzer/Bio_ClinicalBERT", e.Message);
    }
}
