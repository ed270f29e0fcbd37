namespace ClinicalNer.Models.Hub;

/// <summary>
/// A model id that is neither a local folder nor in the cache, and could not be downloaded (offline mode or no
/// network). The message says which files to place where.
/// </summary>
public sealed class CheckpointUnavailableException(string message, Exception? inner = null) : IOException(message, inner);
