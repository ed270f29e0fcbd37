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
}
