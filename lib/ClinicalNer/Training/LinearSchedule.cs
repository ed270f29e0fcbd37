using ClinicalNer.Training.Settings;

namespace ClinicalNer.Training;

/// <summary>
/// Linear warm-up from 0 to the peak learning rate over <see cref="WarmupSteps"/>, then linear decay to 0 at
/// <see cref="TotalSteps"/> (Hugging Face's <c>get_linear_schedule_with_warmup</c>; the paper used 0 warm-up
/// steps). A pure function of the step, so resuming needs only the step count.
/// </summary>
public sealed record LinearSchedule(double PeakLearningRate, int WarmupSteps, int TotalSteps)
{
    /// <summary>The learning rate to use for optimizer step <paramref name="step"/> (0-based).</summary>
    public double At(int step)
    {
        if (step < WarmupSteps) return PeakLearningRate * step / Math.Max(1, WarmupSteps);
        return PeakLearningRate * Math.Max(0.0, (double)(TotalSteps - step) / Math.Max(1, TotalSteps - WarmupSteps));
    }
}
