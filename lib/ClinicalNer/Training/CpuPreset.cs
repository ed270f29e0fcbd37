namespace ClinicalNer.Training;

/// <summary>
/// The workbench's own training defaults (<c>train</c> without options, <c>reproduce --preset cpu</c>): tuned so that
/// a corpus of a few hundred notes trains to a good model in minutes on 2 cores.
/// </summary>
public static class CpuPreset
{
    /// <summary>From-scratch architecture size.</summary>
    public const string Size = "mini";

    /// <summary>Epochs.</summary>
    public const int Epochs = 8;

    /// <summary>Windows per step.</summary>
    public const int BatchSize = 16;

    /// <summary>Peak learning rate.</summary>
    public const double LearningRate = 1e-3;

    /// <summary>Share of steps warming up.</summary>
    public const double Warmup = 0.1;

    /// <summary>Largest gradient norm.</summary>
    public const double Clip = 1.0;
}
