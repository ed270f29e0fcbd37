using System.Text.Json.Serialization;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Training.Runs;

/// <summary>
/// Where a run stands after its last checkpoint: epochs done, optimizer steps taken, the best epoch so far and the
/// per-epoch records. Stored as <c>checkpoint/state.json</c>, written last, so it only names complete checkpoints.
/// </summary>
/// <param name="EpochsDone">Epochs completed and checkpointed.</param>
/// <param name="Step">Optimizer steps taken (the schedule's position).</param>
/// <param name="BestEpoch">1-based epoch whose weights are <c>model.safetensors</c>, 0 before the first.</param>
/// <param name="BestValue">The criterion's value at the best epoch.</param>
/// <param name="Epochs">The records of the completed epochs.</param>
/// <param name="Files">
/// The SHA-256 of each file of the checkpoint by name, so that a file truncated or changed after it was written is
/// refused before its bytes reach TorchSharp (null in checkpoints written before the hashes were recorded).
/// </param>
public sealed record TrainingState(
    [property: JsonPropertyName("epochs_done")] int EpochsDone,
    [property: JsonPropertyName("step")] int Step,
    [property: JsonPropertyName("best_epoch")] int BestEpoch,
    [property: JsonPropertyName("best_value")] double BestValue,
    [property: JsonPropertyName("epochs")] IReadOnlyList<EpochRecord> Epochs,
    [property: JsonPropertyName("files"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Files = null)
{
    /// <summary>The state before any training.</summary>
    public static TrainingState Start { get; } = new(0, 0, 0, double.NaN, []);
}
