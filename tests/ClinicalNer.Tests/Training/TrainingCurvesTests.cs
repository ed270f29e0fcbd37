using System.Text.Json;
using ClinicalNer.Training;
using ClinicalNer.Training.Runs;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Tests.Training;

public class TrainingCurvesTests
{
    static EpochRecord Epoch(int epoch, double train, double? dev, double? f1) =>
        new(epoch, train, dev, f1, f1, 1e-3, 10 * epoch, 1.5, 1000, 1 << 20, Best: false);

    [Fact]
    public void Epochs_read_back_from_epochs_jsonl_become_one_point_per_epoch()
    {
        using var temp = new TempDir();
        var run = RunFolder.Create(Path.Combine(temp.Path, "run"));
        EpochRecord[] written = [Epoch(1, 9.5, 7.25, 0.25), Epoch(2, 4.5, 6.0, 0.5)];
        File.WriteAllLines(run.EpochsPath, written.Select(e => JsonSerializer.Serialize(e)));

        var epochs = run.ReadEpochs();
        Assert.Equal(written, epochs);
        var losses = TrainingCurves.Losses(epochs);
        Assert.Equal(["train loss", "dev loss"], losses.Names);
        Assert.Equal([[1.0, 2.0], [1.0, 2.0]], losses.Epochs);
        Assert.Equal([[9.5, 4.5], [7.25, 6.0]], losses.Values);
        Assert.Equal([[0.25, 0.5], [0.25, 0.5]], TrainingCurves.DevScores(epochs).Values);
    }

    [Fact]
    public void A_run_without_dev_data_has_no_dev_series()
    {
        EpochRecord[] epochs = [Epoch(1, 3, null, null), Epoch(2, 2, null, null)];
        Assert.Equal(["train loss"], TrainingCurves.Losses(epochs).Names);
        Assert.Empty(TrainingCurves.DevScores(epochs).Names);
    }

    [Fact]
    public void A_broken_line_is_named_and_a_run_before_its_first_epoch_has_none()
    {
        using var temp = new TempDir();
        var run = RunFolder.Create(Path.Combine(temp.Path, "run"));
        Assert.Empty(run.ReadEpochs());
        File.WriteAllText(run.EpochsPath, JsonSerializer.Serialize(Epoch(1, 3, 2, 0.1)) + "\n{\"epoch\": \n");
        var e = Assert.Throws<InvalidDataException>(() => run.ReadEpochs());
        Assert.Contains("epochs.jsonl:2: not an epoch record", e.Message);
    }
}
