namespace ClinicalNer.Tests.Reliability;

/// <summary>The shape every failure of the command line has: exit code 1 and one line on stderr, <c>clinical-ner: FILE: problem</c>.</summary>
static class OneLine
{
    /// <summary>Asserts that shape, with <paramref name="file"/> as the file named; returns the problem.</summary>
    public static string Names(string file, (int Code, string Output, string Error) result)
    {
        Assert.True(result.Code == 1, $"exit {result.Code}: {result.Error}");
        var line = Assert.Single(result.Error.Trim().Split('\n'));
        Assert.StartsWith($"clinical-ner: {file}: ", line);
        return line[$"clinical-ner: {file}: ".Length..];
    }
}
