namespace ClinicalNer.Charts;

/// <summary>
/// A .NET Interactive formatter by convention (a <c>MimeType</c>, a <c>Type</c> and one <c>Format(object, TextWriter)</c>),
/// writing a <typeparamref name="T"/> as the text of one MIME type.
/// </summary>
sealed class KernelFormatter<T>(string mimeType, Func<T, string> text)
{
    public const string Html = "text/html";

    public string MimeType => mimeType;

    public Type Type => typeof(T);

    public bool Format(object value, TextWriter writer)
    {
        if (value is not T typed) return false;
        writer.Write(text(typed));
        return true;
    }
}
