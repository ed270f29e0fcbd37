using ClinicalNer.Inputs;
using ClinicalNer.Models;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Tests.Training;

public class SettingNamesTests
{
    [Fact]
    public void An_unknown_setting_is_refused_with_the_allowed_spellings()
    {
        var e = Assert.Throws<ArgumentException>(() => SettingNames.LongSentences.Parse("windows"));
        Assert.Equal("unknown long-sentence policy 'windows'; policies: window, truncate", e.Message);
        Assert.Equal(LongSentencePolicy.Truncate, SettingNames.LongSentences.Parse("truncate"));
    }

    [Fact]
    public void Config_json_spells_settings_as_the_command_line_does_and_reads_them_back()
    {
        var config = TrainOptions.Paper(Model.TransformerApt) with { Data = "d", Labelling = SubtokenLabelling.FirstSubtokenOnly, Device = ComputeDevice.Cuda };
        var json = config.ToJson();
        foreach (var field in new[] { "\"model\": \"transformer-apt\"", "\"size\": \"paper\"", "\"labelling\": \"first\"", "\"long_sentences\": \"truncate\"", "\"device\": \"cuda\"" })
            Assert.Contains(field, json);
        var read = RunConfig.Parse(json, "config.json");
        Assert.Equal((Model.TransformerApt, ModelSize.Paper, SubtokenLabelling.FirstSubtokenOnly, LongSentencePolicy.Truncate, ComputeDevice.Cuda),
                     (read.Model, read.Size!.Value, read.Labelling, read.LongSentences, read.Device));
    }

    [Fact]
    public void A_config_json_with_a_misspelled_setting_is_not_a_run_configuration()
    {
        var json = (TrainOptions.Cpu(Model.TransformerCrf) with { Data = "d" }).ToJson().Replace("\"window\"", "\"windw\"");
        var e = Assert.Throws<InvalidDataException>(() => RunConfig.Parse(json, "config.json"));
        Assert.Contains("unknown long-sentence policy 'windw'", e.Message);
    }
}
