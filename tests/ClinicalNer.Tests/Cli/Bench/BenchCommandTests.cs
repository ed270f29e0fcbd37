using System.Text.Json;
using ClinicalNer.Cli.Commands.Bench;
using ClinicalNer.Models;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Models.Encoders.DistilBert;
using ClinicalNer.Tests.Models.Checkpoints;

namespace ClinicalNer.Tests.Cli.Bench;

/// <summary>The JSON contracts of <c>bench crf</c> and <c>bench train</c> (shapes and counts, never timings).</summary>
public class BenchCommandTests
{
    static JsonElement RunJson(params string[] args)
    {
        var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            Assert.Equal(0, BenchCommand.Create().Parse(args).Invoke());
        }
        finally
        {
            Console.SetOut(previous);
        }
        return JsonDocument.Parse(output.ToString()).RootElement;
    }

    [Fact]
    public void Bench_crf_json_has_exactly_the_two_medians()
    {
        var json = RunJson("crf", "--tags", "3", "--batch", "2", "--length", "4", "--iterations", "1", "--json");
        Assert.Equal(["forward_backward_ms", "viterbi_ms"], json.EnumerateObject().Select(p => p.Name));
        Assert.All(json.EnumerateObject(), p => Assert.True(p.Value.GetDouble() > 0));
    }

    [Trait("Category", "Integration")]
    [Fact]
    public void Bench_train_json_has_the_step_time_and_the_models_parameter_count()
    {
        var json = RunJson("train", "--size", "tiny", "--batch", "2", "--length", "8", "--steps", "1", "--json");
        Assert.Equal(["step_ms", "params"], json.EnumerateObject().Select(p => p.Name));
        Assert.True(json.GetProperty("step_ms").GetDouble() > 0);
        Assert.Equal(TokenTagger.ParameterCount(DistilBertConfig.Size(ModelSize.Tiny), 19, TaggingHead.Crf), json.GetProperty("params").GetInt64());
    }

    [Trait("Category", "Integration")]
    [Fact]
    public void Bench_train_on_a_pretrained_encoder_counts_the_encoder_and_its_head()
    {
        using var temp = new TempDir();
        using var writer = TinyCheckpoint.Writer(TinyCheckpoint.Bert, seed: 1);
        var folder = TinyCheckpoint.Write(Path.Combine(temp.Path, "ckpt"), TinyCheckpoint.Bert, TinyCheckpoint.HfStateDict(writer), WeightsFormat.Safetensors);

        var json = RunJson("train", "--encoder", folder, "--batch", "2", "--length", "8", "--steps", "1", "--json");

        Assert.Equal(["step_ms", "params"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(TokenTagger.ParameterCount(TinyCheckpoint.Bert, 19, TaggingHead.Crf), json.GetProperty("params").GetInt64());
    }

    [Fact]
    public void Bench_rejects_a_length_beyond_the_models_positions()
    {
        var error = new StringWriter();
        var previous = Console.Error;
        Console.SetError(error);
        try
        {
            Assert.Equal(1, BenchCommand.Create().Parse(["train", "--size", "tiny", "--length", "600", "--json"]).Invoke());
        }
        finally
        {
            Console.SetError(previous);
        }
        Assert.Equal("clinical-ner: length 600 exceeds the model's 512 positions", error.ToString().Trim());
    }
}
