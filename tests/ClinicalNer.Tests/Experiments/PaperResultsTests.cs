using ClinicalNer.Experiments;
using ClinicalNer.Experiments.Paper;
using ClinicalNer.Experiments.Selection;
using ClinicalNer.Models;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Models.Encoders.DistilBert;
using ClinicalNer.Runtime;
using ClinicalNer.Tests.Models;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Tests.Experiments;

/// <summary>
/// The transcribed tables load, hold the numbers of the research notes, and agree with each other and with the
/// model code: per-label rows against the printed averages, B-/I- supports against type supports, Table I against
/// <see cref="TokenTagger.ParameterCount"/>.
/// </summary>
public class PaperResultsTests
{
    static readonly PaperResults Paper = PaperResults.Load(Path.Combine(RepositoryRoot.Path, PaperResults.RelativePath));

    public static TheoryData<string> Tables() => new(PaperResults.Tables);

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_table_loads_as_a_data_frame_with_all_its_rows(string table)
    {
        var lines = File.ReadAllLines(Path.Combine(Paper.Directory, table + ".csv"));
        var frame = Paper.Frame(table);
        Assert.Equal(lines.Length - 1, frame.Rows.Count);
        Assert.Equal(lines[0].Split(','), frame.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Frame_keeps_parameter_counts_as_whole_numbers_and_scores_as_doubles()
    {
        var frame = Paper.Frame("table1-parameters");
        Assert.Equal(typeof(long), frame["parameters"].DataType);
        Assert.Equal(65_205_922L, frame["parameters"][3]);
        Assert.Equal(typeof(double), frame["change_vs_bert_percent"].DataType);
        Assert.Equal(typeof(string), frame["model"].DataType);
    }

    [Fact]
    public void Typed_tables_have_one_row_per_published_cell_group()
    {
        Assert.Equal(8, Paper.Parameters.Length);
        Assert.Equal(8, Paper.BioMacro.Length);
        Assert.Equal(8, Paper.BioWeighted.Length);
        Assert.Equal(7 * 19, Paper.BioPerLabel.Length);
        Assert.Equal(3 * 10, Paper.TokenFull.Length);
        Assert.Equal(3 * 10, Paper.TokenSambd.Length);
        Assert.Equal(2 * 3 * 3, Paper.TokenAverages.Length);
        Assert.Equal(11 * 3, Paper.Ablations.Length);
        Assert.Equal(8, Paper.ModelSelection.Length);
        Assert.Equal(8, Paper.FinalHyperParameters.Length);
        Assert.Equal(3, Paper.Downsampling.Length);
    }

    [Fact]
    public void Spot_values_equal_the_research_notes()
    {
        Assert.Equal(0.7874, Paper.BioMacro.Single(r => r.Model == "TransformerCRF").F1);
        Assert.Equal(0.9759, Paper.BioWeighted.Single(r => r.Model == "ClinicalBERT-CRF").Accuracy);
        Assert.Equal(0.0526, Paper.BioMacro.Single(r => r.Model == "BioBERT-Apt").Recall);
        Assert.Equal(0.354, Paper.TokenFull.Single(r => r.Model == "TransformerCRF" && r.Label == "ADE").F1);
        Assert.Equal(0.471, Paper.TokenSambd.Single(r => r.Model == "ClinicalBERT-CRF" && r.Label == "ADE").F1);
        Assert.Equal(0.801, Paper.Ablations.Single(r => r.Setting == "without-o" && r.Average == "macro" && r.Model == "TransformerCRF").F1);
        Assert.Equal(new PaperHyperParameters("TransformerCRF", 8, 4, 1e-4), Paper.FinalHyperParameters.Single(r => r.Model == "TransformerCRF"));
        Assert.Equal(0.7594, Paper.ModelSelection.Single(r => r.Model == "TransformerCRF").MacroF1);
        Assert.Equal(new PaperDataChange("training_sentences", 41497, 12782), Paper.DownsamplingData[0]);
    }

    [Trait("Category", "Integration")]
    [Fact]
    public void Table_I_counts_equal_the_parameter_count_of_each_architecture()
    {
        TorchRuntime.EnsureLoaded();
        foreach (var row in Paper.Parameters)
        {
            var head = row.Head == "CRF" ? TaggingHead.Crf : TaggingHead.Apt;
            Assert.Equal(row.Parameters, TokenTagger.ParameterCount(Encoder(row.Encoder), 19, head));
        }
    }

    [Fact]
    public void Table_I_percentages_are_its_count_ratios_cut_to_two_decimals()
    {
        // 1 - 65,205,922 / 108,325,282 = 0.398054: the paper's 39.80% is cut, not rounded (rounding gives 39.81%).
        foreach (var row in Paper.Parameters)
        {
            long bert = Paper.Parameters.Single(r => r.Encoder == "bert-base-cased" && r.Head == row.Head).Parameters;
            Assert.Equal(row.ChangeVsBertPercent, Math.Truncate(((double)row.Parameters / bert - 1) * 10_000) / 100);
        }
        Assert.Equal(39.81, Math.Round((1 - 65_205_922.0 / 108_325_282) * 100, 2));
    }

    [Theory]
    [InlineData("BERT-CRF", 817_661)]
    [InlineData("TransformerApt", 817_661)]
    [InlineData("ClinicalBERT-CRF", 784_227)]
    [InlineData("BioBERT-CRF", 778_742)]
    public void Per_label_supports_sum_to_the_test_sub_tokens_of_the_models_tokenizer(string model, long total) =>
        Assert.Equal(total, Paper.BioPerLabel.Where(r => r.Model == model).Sum(r => r.Support));

    [Theory]
    [InlineData("BERT-CRF")]
    [InlineData("ClinicalBERT-CRF")]
    [InlineData("TransformerCRF")]
    public void Type_supports_are_the_sums_of_their_B_and_I_supports(string model)
    {
        foreach (var type in Paper.TokenFull.Where(r => r.Model == model))
        {
            long bio = Paper.BioPerLabel.Where(r => r.Model == model && (r.Label == type.Label || r.Label.EndsWith("-" + type.Label, StringComparison.Ordinal))).Sum(r => r.Support);
            Assert.True(bio == type.Support, $"{model} {type.Label}: B+I {bio}, type {type.Support}");
        }
    }

    [Fact]
    public void Per_label_F1_values_average_to_Table_II_and_Table_III()
    {
        // The figures print 3 decimals, so a mean of 19 of them may sit up to 0.0005 (+ Table II's own 0.00005) away.
        foreach (string model in Paper.BioPerLabel.Select(r => r.Model).Distinct())
        {
            var rows = Paper.BioPerLabel.Where(r => r.Model == model).ToArray();
            double macro = rows.Average(r => r.F1);
            double weighted = rows.Sum(r => r.F1 * r.Support) / rows.Sum(r => r.Support);
            Assert.True(Math.Abs(macro - Paper.BioMacro.Single(r => r.Model == model).F1) <= 0.00055, $"{model} macro {macro:F5}");
            Assert.True(Math.Abs(weighted - Paper.BioWeighted.Single(r => r.Model == model).F1) <= 0.00055, $"{model} weighted {weighted:F5}");
        }
    }

    [Fact]
    public void Down_sampling_summary_agrees_with_the_token_level_reports()
    {
        double Average(string training, string model, string average) =>
            Paper.TokenAverages.Single(r => r.Training == training && r.Model == model && r.Average == average).F1;
        foreach (var row in Paper.Downsampling)
        {
            Assert.Equal(row.MacroF1Full, Average("full", row.Model, "macro"));
            Assert.Equal(row.MacroF1Sambd, Average("sambd", row.Model, "macro"));
            Assert.Equal(row.WeightedF1Full, Average("full", row.Model, "weighted"));
            Assert.Equal(row.WeightedF1Sambd, Average("sambd", row.Model, "weighted"));
            Assert.Equal(row.AccuracyFull, Average("full", row.Model, "accuracy"));
            Assert.Equal(row.AccuracySambd, Average("sambd", row.Model, "accuracy"));
        }
    }

    [Fact]
    public void A_cell_that_is_no_number_is_reported_with_file_and_line()
    {
        using var dir = new TempDir();
        foreach (string file in Directory.GetFiles(Paper.Directory, "*.csv"))
            File.Copy(file, Path.Combine(dir.Path, Path.GetFileName(file)));
        string bad = dir.Write("table2-bio-macro.csv", "model,precision,recall,f1\nBERT-Apt,0.8354,0.8310,0.8323\nBERT-CRF,0.8418,n/a,0.8372\n");
        var error = Assert.Throws<InvalidDataException>(() => PaperResults.Load(dir.Path));
        Assert.Equal($"{bad}:3: column 'recall' holds 'n/a', expected a number", error.Message);
    }

    [Fact]
    public void A_wrong_header_is_reported_with_the_expected_one()
    {
        using var dir = new TempDir();
        string bad = dir.Write("table1-parameters.csv", "model,params\n");
        var error = Assert.Throws<InvalidDataException>(() => PaperResults.Load(dir.Path));
        Assert.Equal($"{bad}:1: header must be 'model,encoder,head,parameters,change_vs_bert_percent'", error.Message);
    }

    [Fact]
    public void Locate_finds_the_repositorys_folder_from_below_it() =>
        Assert.Equal(Path.Combine(RepositoryRoot.Path, "results", "paper"), PaperResults.Locate(Path.Combine(RepositoryRoot.Path, "notebooks")));

    static EncoderConfig Encoder(string id) => id switch
    {
        "bert-base-cased" => EncoderConfig.Parse(PaperConfigs.BertBaseCased),
        "dmis-lab/biobert-base-cased-v1.2" => EncoderConfig.Parse(PaperConfigs.BioBertBaseCasedV12),
        "medicalai/ClinicalBERT" => EncoderConfig.Parse(PaperConfigs.MedicalAiClinicalBert),
        _ => DistilBertConfig.Size(ModelSize.Paper),
    };
}
