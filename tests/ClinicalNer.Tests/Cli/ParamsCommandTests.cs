using System.CommandLine;
using ClinicalNer.Cli.Commands;
using ClinicalNer.Models;
using ClinicalNer.Models.Checkpoints;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Models.Encoders.Bert;
using ClinicalNer.Models.Hub;
using ClinicalNer.Tests.Models;

namespace ClinicalNer.Tests.Cli;

/// <summary><c>params</c> prints the paper's Table I counts (19 labels) from configuration alone.</summary>
public class ParamsCommandTests
{
    static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = ParamsCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    static string Total(params string[] args)
    {
        var (exit, output, error) = Run(args);
        Assert.True(exit == 0, error);
        return output.Split('\n').Single(l => l.StartsWith("total parameters: ")).Trim()["total parameters: ".Length..];
    }

    [Trait("Category", "Integration")]
    [Theory]
    [InlineData("bert-base-cased", "crf", "108,325,282")]
    [InlineData("bert-base-cased", "apt", "108,324,883")]
    [InlineData("dmis-lab/biobert-base-cased-v1.2", "crf", "108,325,282")]
    [InlineData("dmis-lab/biobert-base-cased-v1.2", "apt", "108,324,883")]
    [InlineData("medicalai/ClinicalBERT", "crf", "134,749,090")]
    [InlineData("medicalai/ClinicalBERT", "apt", "134,748,691")]
    public void Paper_model_names_print_table_I_counts_without_download(string id, string head, string expected) =>
        Assert.Equal(expected, Total("--encoder", id, "--head", head));

    [Trait("Category", "Integration")]
    [Theory]
    [InlineData("crf", "65,205,922")]
    [InlineData("apt", "65,205,523")]
    public void Paper_size_transformer_prints_table_I_counts(string head, string expected) =>
        Assert.Equal(expected, Total("--size", "paper", "--head", head));

    [Trait("Category", "Integration")]
    [Fact]
    public void Bio_ClinicalBERT_is_a_bert_base_architecture()
    {
        var (_, output, _) = Run("--encoder", "emilyalsentzer/Bio_ClinicalBERT", "--head", "crf");
        Assert.Contains("bert: 12 layers, width 768, vocabulary 28,996", output);
        Assert.Equal("108,325,282", Total("--encoder", "emilyalsentzer/Bio_ClinicalBERT", "--head", "crf"));
    }

    [Fact]
    public void Built_in_configurations_equal_the_published_config_json_files()
    {
        Assert.Equal(EncoderConfig.Parse(PaperConfigs.BertBaseCased), PaperEncoders.Configs[PaperEncoders.BertBaseCased]);
        Assert.Equal(EncoderConfig.Parse(PaperConfigs.BioBertBaseCasedV12), PaperEncoders.Configs[PaperEncoders.BioBert]);
        Assert.Equal(EncoderConfig.Parse(PaperConfigs.MedicalAiClinicalBert), PaperEncoders.Configs[PaperEncoders.MedicalAiClinicalBert]);
    }

    [Fact]
    public void A_checkpoint_folders_config_json_gives_the_count_with_another_label_count()
    {
        using var dir = new TempDir();
        var config = new BertConfig { VocabSize = 50, Hidden = 8, Layers = 1, Heads = 2, IntermediateSize = 16, MaxPositionEmbeddings = 20 };
        dir.Write(CheckpointFiles.Config, config.ToJson());
        // The head on a width-8 encoder with 5 labels: classifier 8 * 5 + 5, CRF 5 * 5 transitions + 5 start + 5 end.
        long expected = config.ParameterCount() + 45 + 35;
        Assert.Equal(expected.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), Total("--encoder", dir.Path, "--head", "crf", "--labels", "5"));
    }

    [Fact]
    public void Encoder_and_size_together_are_refused()
    {
        var (exit, _, error) = Run("--encoder", "bert-base-cased", "--size", "paper", "--head", "crf");
        Assert.Equal(1, exit);
        Assert.Equal("clinical-ner: give exactly one of --encoder ID_OR_PATH and --size NAME", error.Trim());
    }
}
