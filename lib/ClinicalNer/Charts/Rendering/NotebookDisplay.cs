namespace ClinicalNer.Charts.Rendering;

/// <summary>How values show in a notebook kernel: the chart mode, and formatters for types this library does not own.</summary>
static class NotebookDisplay
{
    // One kernel process serves one notebook page; these are that page's settings, chosen once by Notebook.Init.
    static int _chartMode = (int)PlotlyJsMode.InlineOnce;
    static volatile bool _chartImages;

    /// <summary>How charts that are a cell's value get plotly.js.</summary>
    public static PlotlyJsMode ChartMode
    {
        get => (PlotlyJsMode)Volatile.Read(ref _chartMode);
        set => Volatile.Write(ref _chartMode, (int)value);
    }

    /// <summary>Whether chart outputs embed a PNG image (light outputs, which GitHub's preview shows).</summary>
    public static bool ChartImages
    {
        get => _chartImages;
        set => _chartImages = value;
    }

    /// <summary>
    /// Registers <paramref name="formatter"/> with the .NET Interactive kernel of this process, found by name among the
    /// loaded assemblies (no package reference). Returns false outside a kernel.
    /// </summary>
    public static bool Register<T>(HtmlFormatter<T> formatter)
    {
        var kernelFormatter = AppDomain.CurrentDomain.GetAssemblies()
            .Select(a => a.GetType("Microsoft.DotNet.Interactive.Formatting.Formatter", throwOnError: false))
            .FirstOrDefault(t => t is not null);
        var register = kernelFormatter?.GetMethod("Register", [typeof(Type), typeof(Action<object, TextWriter>), typeof(string)]);
        if (register is null) return false;
        Action<object, TextWriter> write = (value, writer) => formatter.Format(value, writer);
        register.Invoke(null, [formatter.Type, write, formatter.MimeType]);
        kernelFormatter!.GetMethod("SetPreferredMimeTypesFor", [typeof(Type), typeof(string[])])
            ?.Invoke(null, [formatter.Type, new[] { formatter.MimeType }]);
        return true;
    }
}
