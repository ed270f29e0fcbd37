using ClinicalNer.Training.Settings;

namespace ClinicalNer.Experiments.Grid;

/// <summary>The training protocol of a grid.</summary>
public enum GridPreset
{
    /// <summary>The workbench's CPU defaults (<see cref="Training.Settings.CpuPreset"/>), best epoch by dev loss.</summary>
    Cpu,

    /// <summary>The paper's protocol: its size, batch, epochs and learning rate, trained on train+dev, last epoch scored.</summary>
    Paper,
}
