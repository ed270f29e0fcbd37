namespace ClinicalNer.Cli.Commands.Arguments;

/// <summary>
/// The entries of a comma-separated option value (<c>--labels</c>, <c>--models</c>, <c>--seeds</c>), trimmed. An entry
/// given twice is refused: it would count twice (a label's support doubled in the average) or run twice, and is
/// almost always a typo for another entry.
/// </summary>
static class CommaList
{
    /// <exception cref="ArgumentException">An entry appears twice.</exception>
    public static string[] Split(string option, string value)
    {
        var entries = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (entries.GroupBy(e => e, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ArgumentException($"{option} names '{twice.Key}' twice");
        return entries;
    }
}
