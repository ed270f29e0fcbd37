using System.Reflection;
using System.Runtime.Loader;

namespace ClinicalNer.Charts.Rendering;

/// <summary>
/// Typed entry points of the chart plug-in (lib/ClinicalNer.Charts.Plotly), loaded once per process into its own
/// <see cref="PluginLoadContext"/>. Only BCL types cross the boundary: arrays in, figure JSON out.
/// </summary>
sealed class PlotlyPlugin
{
    /// <summary>Environment variable naming a folder that holds the plug-in instead of <c>plotly/</c> beside this library.</summary>
    public const string FolderVariable = "CLINICAL_NER_PLOTLY_DIR";

    const string AssemblyName = "ClinicalNer.Charts.Plotly";

    static readonly Lazy<PlotlyPlugin> Shared = new(() => Load(Folder(Environment.GetEnvironmentVariable(FolderVariable), LibraryFolder())));

    readonly Lazy<string> _plotlyJs;

    PlotlyPlugin(Assembly plugin)
    {
        Context = AssemblyLoadContext.GetLoadContext(plugin)!;
        var figures = plugin.GetType($"{AssemblyName}.ChartFigures", throwOnError: true)!;
        Bars = Entry<Func<string, string[], string[], double[][], double[][]?, double[][]?, string, string, string>>(figures, "Bars");
        Heatmap = Entry<Func<string, double[][], string[], string[], string, string, string[][]?, string[][]?, (double, string)[], double, double, int, string>>(figures, "Heatmap");
        Lines = Entry<Func<string, string[], double[][], double[][], double[][]?, double[][]?, string, string, string>>(figures, "Lines");
        Scatter = Entry<Func<string, string[], double[][], double[][], string[][]?, string[][]?, string, string, bool, string>>(figures, "Scatter");
        var script = plugin.GetType($"{AssemblyName}.PlotlyScript", throwOnError: true)!;
        var text = Entry<Func<string>>(script, "Text");
        _plotlyJs = new(text);
        PlotlyJsVersion = Entry<Func<string>>(script, "Version")();
        SavePng = Entry<Action<string, string, int, int, string>>(plugin.GetType($"{AssemblyName}.StaticImage", throwOnError: true)!, "SavePng");
    }

    /// <summary>The plug-in of this process, loaded on first use.</summary>
    public static PlotlyPlugin Instance => Shared.Value;

    /// <summary>The context the plug-in lives in.</summary>
    public AssemblyLoadContext Context { get; }

    /// <summary>(title, categories, seriesNames, values[series][category], errors or null, errorsBelow or null, xTitle, yTitle) -> figure JSON.</summary>
    public Func<string, string[], string[], double[][], double[][]?, double[][]?, string, string, string> Bars { get; }

    /// <summary>
    /// (title, z[row][column], xLabels, yLabels, xTitle, yTitle, cellText or null, cellTextColours or null,
    /// colour scale stops (position, colour), zMin, zMax, height) -> figure JSON.
    /// </summary>
    public Func<string, double[][], string[], string[], string, string, string[][]?, string[][]?, (double, string)[], double, double, int, string> Heatmap { get; }

    /// <summary>(title, seriesNames, xs, ys, errors or null, errorsBelow or null, xTitle, yTitle) -> figure JSON.</summary>
    public Func<string, string[], double[][], double[][], double[][]?, double[][]?, string, string, string> Lines { get; }

    /// <summary>(title, seriesNames, xs, ys, labels or null, hoverTexts or null, xTitle, yTitle) -> figure JSON.</summary>
    public Func<string, string[], double[][], double[][], string[][]?, string[][]?, string, string, bool, string> Scatter { get; }

    /// <summary>(figureJson, path, width, height, chromiumPath): writes a PNG.</summary>
    public Action<string, string, int, int, string> SavePng { get; }

    /// <summary>The plotly.js source the plug-in carries (read once, 3.6 MB).</summary>
    public string PlotlyJs => _plotlyJs.Value;

    /// <summary>Version of <see cref="PlotlyJs"/>, for the CDN address.</summary>
    public string PlotlyJsVersion { get; }

    /// <summary>Loads the plug-in from <paramref name="folder"/> into a new context.</summary>
    /// <exception cref="FileNotFoundException">The folder lacks the plug-in or its deps.json.</exception>
    internal static PlotlyPlugin Load(string folder)
    {
        var path = Path.Combine(folder, AssemblyName + ".dll");
        if (!File.Exists(path) || !File.Exists(Path.Combine(folder, AssemblyName + ".deps.json")))
            throw new FileNotFoundException(
                $"The chart plug-in is missing: no {AssemblyName}.dll with its .deps.json in {folder}. Build the solution " +
                $"(the library's build copies it to plotly/ beside ClinicalNer.dll) or set {FolderVariable} to its folder.", path);
        return new PlotlyPlugin(new PluginLoadContext(path).LoadFromAssemblyPath(path));
    }

    /// <summary>The plug-in folder: the override when set, otherwise <c>plotly/</c> beside the library.</summary>
    internal static string Folder(string? overrideFolder, string libraryFolder) =>
        string.IsNullOrWhiteSpace(overrideFolder) ? Path.Combine(libraryFolder, "plotly") : Path.GetFullPath(overrideFolder);

    static string LibraryFolder() => Path.GetDirectoryName(typeof(PlotlyPlugin).Assembly.Location) is { Length: > 0 } dir ? dir : AppContext.BaseDirectory;

    static T Entry<T>(Type type, string name) where T : Delegate =>
        (type.GetMethod(name, BindingFlags.Public | BindingFlags.Static) ?? throw new MissingMethodException(type.FullName, name)).CreateDelegate<T>();
}
