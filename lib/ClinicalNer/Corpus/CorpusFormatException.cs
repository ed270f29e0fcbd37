namespace ClinicalNer.Corpus;

/// <summary>
/// Bad corpus input, located: the message starts with <c>FILE:LINE</c> (and names the offset when one is at
/// fault), so that a user can open the spot directly.
/// </summary>
public sealed class CorpusFormatException : FormatException
{
    /// <summary>Creates the error; <paramref name="line"/> is 1-based (0 when the file as a whole is at fault).</summary>
    public CorpusFormatException(string file, int line, string reason, int? offset = null)
        : base(Format(file, line, reason, offset))
    {
        FilePath = file;
        Line = line;
        Offset = offset;
        Reason = reason;
    }

    /// <summary>The file at fault.</summary>
    public string FilePath { get; }

    /// <summary>1-based line number, 0 when the whole file is at fault.</summary>
    public int Line { get; }

    /// <summary>The code-point offset at fault, when one is.</summary>
    public int? Offset { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    static string Format(string file, int line, string reason, int? offset) =>
        (line > 0 ? $"{file}:{line}: " : $"{file}: ") + reason + (offset is { } o ? $" (offset {o})" : "");
}
