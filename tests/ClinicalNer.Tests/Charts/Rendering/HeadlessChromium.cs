using System.Diagnostics;

namespace ClinicalNer.Tests.Charts.Rendering;

/// <summary>Debian's Chromium run headless with no network, to check that saved charts really draw.</summary>
public static class HeadlessChromium
{
    public const string Path = "/usr/bin/chromium";

    /// <summary>Elements with exactly this class attribute in <paramref name="dom"/>.</summary>
    public static int CountClass(string dom, string classAttribute) =>
        System.Text.RegularExpressions.Regex.Count(dom, "class=\"" + System.Text.RegularExpressions.Regex.Escape(classAttribute) + "\"");

    /// <summary>Skips the test (fails under CI) when Chromium is not installed.</summary>
    public static void Require() => RequiresTool.Skip(File.Exists(Path), $"Chromium is not installed at {Path} (apt-get install chromium)");

    /// <summary>The DOM of <paramref name="htmlFile"/> after its scripts ran for <paramref name="virtualMilliseconds"/> of virtual time (waits cost nothing).</summary>
    public static string DumpDom(string htmlFile, int virtualMilliseconds = 5000)
    {
        using var profile = new TempDir();
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", "--user-data-dir=" + profile.Path, "--virtual-time-budget=" + virtualMilliseconds,
                     "--dump-dom", new Uri(System.IO.Path.GetFullPath(htmlFile)).AbsoluteUri,
                 })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var dom = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"Chromium did not finish rendering {htmlFile} within 2 minutes");
        }
        Assert.True(process.ExitCode == 0, $"Chromium exited {process.ExitCode}: {stderr.Result}");
        return dom;
    }
}
