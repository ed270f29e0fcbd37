using ClinicalNer.Training.Settings;

namespace ClinicalNer.Training;

/// <summary>Training stopped because a loss was not a finite number (too high a learning rate, bad data).</summary>
public sealed class TrainingDivergedException(string message) : InvalidOperationException(message);
