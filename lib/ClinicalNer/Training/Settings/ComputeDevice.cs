namespace ClinicalNer.Training.Settings;

/// <summary>Where a model trains and predicts.</summary>
public enum ComputeDevice
{
    /// <summary>The CPU.</summary>
    Cpu,

    /// <summary>The first CUDA GPU (a build with <c>-p:TorchBackend=cuda</c>).</summary>
    Cuda,
}
