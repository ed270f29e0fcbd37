using System.Runtime.InteropServices;

namespace ClinicalNer.Cli.Commands;

/// <summary>
/// The command that starts this built program again by its path, for the job scripts of a cluster: never
/// <c>dotnet run</c>, whose builds collide when many array tasks start at once.
/// </summary>
static class BuiltProgram
{
    /// <summary>
    /// The <c>dotnet</c> host of the runtime this process runs on and <c>clinical-ner.dll</c>, both absolute. The host
    /// is named rather than the apphost, which finds a runtime outside the default places only through DOTNET_ROOT.
    /// </summary>
    public static IReadOnlyList<string> Command()
    {
        var dll = typeof(BuiltProgram).Assembly.Location;
        // The runtime lives in DOTNET_ROOT/shared/Microsoft.NETCore.App/VERSION/.
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var host = Path.Combine(root, "dotnet");
        return [File.Exists(host) ? host : Environment.ProcessPath is { } process && Path.GetFileName(process) == "dotnet" ? process : "dotnet", dll];
    }
}
