namespace ClinicalNer.Charts.Rendering;

/// <summary>
/// A .NET Interactive formatter by convention (a <c>MimeType</c>, a <c>Type</c> and one <c>Format(object, TextWriter)</c>),
/// writing a <typeparamref name="T"/> as <c>text/html</c>.
/// </summary>
sealed class HtmlFormatter<T>(Func<T, string> html)
{
    public string MimeType => "text/html";

    public Type Type => typeof(T);

    public bool Format(object value, TextWriter writer)
    {
        if (value is not T typed) return false;
        writer.Write(html(typed));
        return true;
    }
}
