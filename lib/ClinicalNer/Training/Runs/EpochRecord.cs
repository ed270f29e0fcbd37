using System.Text.Json.Serialization;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Training.Runs;

/// <summary>One line of <c>epochs.jsonl</c>: what an epoch did and how the model scored on dev after it.</summary>
/// <param name="Epoch">1-based epoch number.</param>
/// <param name="TrainLoss">Mean training loss over the epoch's batches.</param>
/// <param name="DevLoss">Mean dev loss (dropout off), or null without dev data.</param>
/// <param name="DevSubtokenMacroF1">Dev macro F1 over sub-token BIO labels.</param>
/// <param name="DevEntityStrictF1">Dev micro F1 over entities (seqeval strict, words).</param>
/// <param name="LearningRate">Learning rate of the epoch's last step.</param>
/// <param name="Steps">Optimizer steps taken so far.</param>
/// <param name="WallSeconds">Wall time of the epoch's training and dev evaluation.</param>
/// <param name="SubtokensPerSecond">Training throughput.</param>
/// <param name="PeakMemoryBytes">Peak working set of the process so far.</param>
/// <param name="Best">True when this epoch's weights are the run's model so far.</param>
public sealed record EpochRecord(
    [property: JsonPropertyName("epoch")] int Epoch,
    [property: JsonPropertyName("train_loss")] double TrainLoss,
    [property: JsonPropertyName("dev_loss")] double? DevLoss,
    [property: JsonPropertyName("dev_subtoken_macro_f1")] double? DevSubtokenMacroF1,
    [property: JsonPropertyName("dev_entity_strict_f1")] double? DevEntityStrictF1,
    [property: JsonPropertyName("learning_rate")] double LearningRate,
    [property: JsonPropertyName("steps")] int Steps,
    [property: JsonPropertyName("wall_seconds")] double WallSeconds,
    [property: JsonPropertyName("subtokens_per_second")] double SubtokensPerSecond,
    [property: JsonPropertyName("peak_memory_bytes")] long PeakMemoryBytes,
    [property: JsonPropertyName("best")] bool Best);
