using System.Runtime.Versioning;

namespace ClinicalNer.Tests.Reliability;

/// <summary>
/// Runs the built program as a user without privileges, because root reads and writes past every permission bit:
/// under root (as CI runs) through <c>setpriv</c> or <c>runuser</c> as <c>nobody</c>, otherwise as the current user,
/// who already has none.
/// </summary>
static class UnprivilegedUser
{
    const int Nobody = 65534;

    /// <summary>The command that starts a program as that user (empty: as the current user); skips the test, or fails it under CI, where root has neither tool.</summary>
    public static IReadOnlyList<string> Wrapper()
    {
        if (!Environment.IsPrivilegedProcess) return [];
        string[]? wrapper = File.Exists("/usr/bin/setpriv") ? ["/usr/bin/setpriv", $"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups"]
                          : File.Exists("/usr/sbin/runuser") ? ["/usr/sbin/runuser", "-u", "nobody", "--"]
                          : null;
        RequiresTool.Skip(wrapper is not null, "running as root without setpriv or runuser: no way to test permissions as an unprivileged user");
        return wrapper!;
    }

    /// <summary>Sets the permission bits of <paramref name="path"/> (a file or a folder) until the result is disposed, so that the scratch folder can be deleted.</summary>
    [UnsupportedOSPlatform("windows")]
    public static IDisposable Chmod(string path, UnixFileMode mode)
    {
        var before = File.GetUnixFileMode(path);
        File.SetUnixFileMode(path, mode);
        return new Restore(() => File.SetUnixFileMode(path, before));
    }

    sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
