using System.CommandLine;
using ClinicalNer.Runtime;

namespace ClinicalNer.Cli.Commands;

/// <summary>Runs a verb's body and turns expected failures into one line on stderr and a non-zero exit code.</summary>
static class Verb
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
    }
}
