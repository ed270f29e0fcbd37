using System.Text.Json.Nodes;
using ClinicalNer.Tests.Experiments.Cluster;
using ClinicalNer.Tests.Training;

namespace ClinicalNer.Tests.Reliability;

/// <summary>Run folders whose files were truncated or damaged: <c>train --resume</c>, <c>evaluate</c> and <c>predict</c> end in one line naming the file.</summary>
[Trait("Category", "Integration")]
public class CorruptRunFilesTests(TrainedRunFixture trained) : IClassFixture<TrainedRunFixture>
{
    static void Truncate(string path, long length)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        stream.SetLength(length);
    }

    (int, string, string) Resume(string run) => BuiltCli.Run(["train", "--data", trained.Data, "--out", run, "--resume"], timeoutSeconds: 120);

    [Theory]
    [InlineData("checkpoint/epoch-1/weights.safetensors")]
    [InlineData("checkpoint/epoch-1/optimizer.bin")]
    [InlineData("checkpoint/epoch-1/generator.bin")]
    public void A_truncated_checkpoint_file_is_refused_by_its_recorded_hash(string name)
    {
        using var temp = new TempDir();
        var run = trained.CopyTo(Path.Combine(temp.Path, "run"), interrupted: true);
        var file = Path.Combine(run, name);
        Truncate(file, new FileInfo(file).Length / 2);

        Assert.Contains("truncated or changed", OneLine.Names(file, Resume(run)));
    }

    [Theory]
    [InlineData("checkpoint/epoch-1/generator.bin", 10, "bytes, but a generator state has")]
    [InlineData("checkpoint/epoch-1/optimizer.bin", 1000, "not an optimizer state")]
    [InlineData("checkpoint/epoch-1/weights.safetensors", 10, "exceeds the file")]
    public void A_checkpoint_without_hashes_is_still_checked_before_torch_reads_it(string name, long length, string problem)
    {
        // Checkpoints written before the hashes were recorded: a short generator state used to abort the process natively (exit 134).
        using var temp = new TempDir();
        var run = trained.CopyTo(Path.Combine(temp.Path, "run"), interrupted: true);
        var statePath = Path.Combine(run, "checkpoint", "state.json");
        var state = JsonNode.Parse(File.ReadAllText(statePath))!.AsObject();
        state.Remove("files");
        File.WriteAllText(statePath, state.ToJsonString());
        var file = Path.Combine(run, name);
        Truncate(file, length);

        Assert.Contains(problem, OneLine.Names(file, Resume(run)));
    }

    [Theory]
    [InlineData("{\"epochs_done\":1,\"step\":4,\"best_epoch\":1,\"best_value\":1,\"epochs\":[{\"epo", "not a checkpoint state (")]
    [InlineData("", "not a checkpoint state (")]
    [InlineData("{\"epochs_done\":7,\"step\":4,\"best_epoch\":1,\"best_value\":1,\"epochs\":[]}", "one record per epoch done")]
    public void A_damaged_checkpoint_state_is_one_line_not_a_json_stack_trace(string content, string problem)
    {
        using var temp = new TempDir();
        var run = trained.CopyTo(Path.Combine(temp.Path, "run"), interrupted: true);
        var statePath = Path.Combine(run, "checkpoint", "state.json");
        File.WriteAllText(statePath, content);

        Assert.Contains(problem, OneLine.Names(statePath, Resume(run)));
    }

    [Theory]
    [InlineData("model.safetensors", "too short for a safetensors file")]
    [InlineData("config.json", "not a run configuration")]
    [InlineData("labels.txt", "no labels")]
    [InlineData("vocab.txt", "not a WordPiece vocabulary")]
    [InlineData("encoder.json", "not valid JSON")]
    public void An_emptied_run_file_stops_evaluate_and_predict_with_one_line_naming_it(string name, string problem)
    {
        using var temp = new TempDir();
        var run = trained.CopyTo(Path.Combine(temp.Path, "run"));
        var file = Path.Combine(run, name);
        Truncate(file, 0);

        Assert.Contains(problem, OneLine.Names(file, BuiltCli.Run(["evaluate", "--run", run, "--data", trained.Data])));
        Assert.Contains(problem, OneLine.Names(file, BuiltCli.Run(["predict", "--run", run, "--input", Path.Combine(trained.Data, "test"), "--out", Path.Combine(temp.Path, "tagged")])));
    }
}
