using ClinicalNer.Runtime;

namespace ClinicalNer.Cli.Commands;

/// <summary>Runs a verb's body and turns expected failures into one line on stderr and a non-zero exit code.</summary>
static class Verb
{
    /// <summary>Exit code for bad input or a failed precondition.</summary>
    public const int Failed = 1;

    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or FileNotFoundException or DirectoryNotFoundException
                                      or ArgumentException or InvalidOperationException or TorchUnavailableException
                                      or IOException)
        {
            Console.Error.WriteLine($"clinical-ner: {e.Message}");
            return Failed;
        }
    }
}
