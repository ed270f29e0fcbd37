using System.CommandLine;
using System.Text.RegularExpressions;
using ClinicalNer.Runtime;

namespace ClinicalNer.Cli.Commands;

/// <summary>Runs a verb's body and turns expected failures into one line on stderr and a non-zero exit code.</summary>
static partial class Verb
{
    /// <summary>Exit code for bad input or a failed precondition.</summary>
    public const int Failed = 1;

    /// <summary>Runs <paramref name="body"/>, reporting an expected failure on the console's error stream.</summary>
    public static int Run(Func<int> body) => Run(Console.Error, body);

    /// <summary>Runs <paramref name="body"/>, reporting an expected failure on the invocation's error writer (which tests capture).</summary>
    public static int Run(ParseResult parseResult, Func<int> body) => Run(parseResult.InvocationConfiguration.Error, body);

    static int Run(TextWriter error, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or FileNotFoundException or DirectoryNotFoundException
                                      or ArgumentException or InvalidOperationException or TorchUnavailableException
                                      or IOException)
        {
            error.WriteLine($"clinical-ner: {e.Message}");
            return Failed;
        }
        catch (UnauthorizedAccessException e)
        {
            error.WriteLine($"clinical-ner: {Denied(e)}");
            return Failed;
        }
    }

    /// <summary>
    /// <c>PATH: permission denied</c> for a file or folder this user may not read or write, where no reader or writer
    /// named it first (creating an output folder, say). .NET keeps the path only in its message,
    /// <c>Access to the path 'PATH' is denied.</c>
    /// </summary>
    static string Denied(UnauthorizedAccessException e) =>
        AccessDenied().Match(e.Message) is { Success: true } m ? $"{m.Groups[1].Value}: permission denied" : e.Message;

    [GeneratedRegex("^Access to the path '(.*)' is denied\\.$")]
    private static partial Regex AccessDenied();
}
