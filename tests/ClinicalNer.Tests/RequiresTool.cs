namespace ClinicalNer.Tests;

/// <summary>
/// Tests that need a program of the machine (Chromium, the notebook tool) skip themselves where it is missing, and
/// fail instead when CI=true, so that CI cannot go green by skipping them.
/// </summary>
public static class RequiresTool
{
    /// <summary>Skips (or fails under CI) unless <paramref name="available"/>.</summary>
    public static void Skip(bool available, string missing)
    {
        if (available) return;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail($"{missing} (required when CI=true)");
        Xunit.Skip.If(true, missing);
    }
}
