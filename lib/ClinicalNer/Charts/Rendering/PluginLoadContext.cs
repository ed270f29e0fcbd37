using System.Reflection;
using System.Runtime.Loader;

namespace ClinicalNer.Charts.Rendering;

/// <summary>
/// The load context of the chart plug-in: assemblies listed in the plug-in's deps.json (Plotly.NET, its FSharp.Core)
/// load from the plug-in folder, everything else (the framework) is shared with the default context.
/// </summary>
sealed class PluginLoadContext(string pluginPath) : AssemblyLoadContext("ClinicalNer.Plotly", isCollectible: false)
{
    readonly AssemblyDependencyResolver _resolver = new(pluginPath);

    protected override Assembly? Load(AssemblyName assemblyName) =>
        _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
