using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Models.Hub;

/// <summary>
/// Where <see cref="HubModelResolver"/> looks for and puts checkpoints. <see cref="FromEnvironment()"/> reads the
/// same environment variables as the Python <c>huggingface_hub</c> library, so both share one cache.
/// </summary>
public sealed record HubOptions
{
    /// <summary>The hub cache folder (holding <c>models--ORG--NAME</c> folders).</summary>
    public required string CacheDirectory { get; init; }

    /// <summary>
    /// The workbench's own cache (converted bundled encoders), apart from the Hugging Face cache, which holds only what
    /// the hub served: <c>CLINICAL_NER_CACHE</c>, else <c>$XDG_CACHE_HOME/clinical-ner</c>, else <c>~/.cache/clinical-ner</c>.
    /// </summary>
    public string WorkbenchCacheDirectory { get; init; } = WorkbenchCache(Environment.GetEnvironmentVariable);

    /// <summary>The hub's base URL, without a trailing slash.</summary>
    public string Endpoint { get; init; } = DefaultEndpoint;

    /// <summary>Never use the network: only local folders and the cache.</summary>
    public bool Offline { get; init; }

    /// <summary>Branch, tag or commit hash to resolve.</summary>
    public string Revision { get; init; } = "main";

    /// <summary>Access token for gated or private models (sent to the endpoint's host only), or null.</summary>
    public string? Token { get; init; }

    /// <summary>Where download progress is drawn (stderr in the CLI), or null for none.</summary>
    public TextWriter? Progress { get; init; }

    /// <summary>How often a failed or interrupted download is resumed before giving up.</summary>
    public int Retries { get; init; } = 3;

    /// <summary>How long the connection may stay silent before a request counts as failed.</summary>
    public TimeSpan NetworkTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The public hub.</summary>
    public const string DefaultEndpoint = "https://huggingface.co";

    /// <summary>
    /// Options from the process environment: <c>HF_HUB_CACHE</c> (else <c>HUGGINGFACE_HUB_CACHE</c>, else
    /// <c>$HF_HOME/hub</c>, <c>HF_HOME</c> defaulting to <c>$XDG_CACHE_HOME/huggingface</c> or
    /// <c>~/.cache/huggingface</c>), <c>HF_ENDPOINT</c>, <c>HF_HUB_OFFLINE</c> (or <c>TRANSFORMERS_OFFLINE</c>:
    /// 1, ON, YES or TRUE) and <c>HF_TOKEN</c>, as <c>huggingface_hub.constants</c> defines them; progress goes to stderr.
    /// </summary>
    public static HubOptions FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    /// <summary><see cref="FromEnvironment()"/> over any variable lookup (tests pass a dictionary).</summary>
    internal static HubOptions FromEnvironment(Func<string, string?> variable)
    {
        string? Get(string name) => variable(name) is { Length: > 0 } value ? value : null;
        var home = ExpandHome(Get("HF_HOME") ?? Path.Combine(Get("XDG_CACHE_HOME") ?? Path.Combine("~", ".cache"), "huggingface"));
        return new HubOptions
        {
            CacheDirectory = ExpandHome(Get("HF_HUB_CACHE") ?? Get("HUGGINGFACE_HUB_CACHE") ?? Path.Combine(home, "hub")),
            Endpoint = (Get("HF_ENDPOINT") ?? DefaultEndpoint).TrimEnd('/'),
            Offline = IsTrue(Get("HF_HUB_OFFLINE") ?? Get("TRANSFORMERS_OFFLINE")),
            Token = Get("HF_TOKEN"),
            WorkbenchCacheDirectory = WorkbenchCache(variable),
            Progress = Console.Error,
        };
    }

    static string WorkbenchCache(Func<string, string?> variable)
    {
        string? Get(string name) => variable(name) is { Length: > 0 } value ? value : null;
        return ExpandHome(Get("CLINICAL_NER_CACHE") ?? Path.Combine(Get("XDG_CACHE_HOME") ?? Path.Combine("~", ".cache"), "clinical-ner"));
    }

    static bool IsTrue(string? value) => value?.ToUpperInvariant() is "1" or "ON" or "YES" or "TRUE";

    static string ExpandHome(string path) =>
        path == "~" || path.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path.Length > 2 ? path[2..] : "")
            : path;
}
