namespace ClinicalNer.Charts.Rendering;

/// <summary>Finds an installed Chromium for static images; none is ever downloaded.</summary>
static class ChromiumBrowser
{
    /// <summary>Environment variable naming the Chromium (or Chrome) executable to use.</summary>
    public const string PathVariable = "CLINICAL_NER_CHROMIUM";

    static readonly string[] KnownPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    /// <summary>The value of <see cref="PathVariable"/> in this process, or null.</summary>
    public static string? Configured => Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : null;

    /// <summary>The <paramref name="configured"/> executable when given, otherwise the first known path that exists; null when it does not exist.</summary>
    public static string? Locate(string? configured) =>
        configured is not null ? (File.Exists(configured) ? configured : null) : KnownPaths.FirstOrDefault(File.Exists);

    /// <summary>A one-line explanation for when <see cref="Locate"/> finds nothing.</summary>
    public static string NotFoundMessage(string? configured) =>
        configured is not null
            ? $"Chromium not found at {configured} (from {PathVariable})."
            : $"Static chart images need Chromium, and none was found ({string.Join(", ", KnownPaths)}): install it " +
              $"(Debian/Ubuntu: apt-get install chromium) or set {PathVariable} to its executable.";
}
