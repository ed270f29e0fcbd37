namespace ClinicalNer.Charts.Rendering;

/// <summary>
/// Names the formatter source of a type for .NET Interactive (Polyglot Notebooks, dotnet-repl). The kernel matches this
/// attribute by its name and reads its properties by reflection when it first shows a value of the type, so the library
/// needs no reference to the kernel's packages; the same convention Plotly.NET uses.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>A type with a public parameterless constructor and a public <c>CreateTypeFormatters()</c>.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>The MIME types the kernel writes for each value.</summary>
    public string[] PreferredMimeTypes { get; } = ["text/html"];
}
