namespace ClinicalNer.Tests.Experiments;

/// <summary>Committed results must never carry note text (a run on n2c2 data would put it under the data-use agreement).</summary>
public class ResultsHoldNoNoteTextTests
{
    const int LongestAllowed = 40;

    [Fact]
    public void No_file_under_results_holds_a_sentence_of_the_sample_notes()
    {
        var sentences = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "data", "sample"), "*.txt", SearchOption.AllDirectories)
            .SelectMany(File.ReadAllLines)
            .SelectMany(line => line.Split(". ", StringSplitOptions.TrimEntries))
            .Where(sentence => sentence.Length > LongestAllowed)
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(sentences);
        var results = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "results"), "*", SearchOption.AllDirectories).ToArray();
        Assert.Contains(results, f => f.Contains($"{Path.DirectorySeparatorChar}sample{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        foreach (var file in results)
        {
            var text = File.ReadAllText(file);
            var leaked = sentences.FirstOrDefault(s => text.Contains(s, StringComparison.Ordinal));
            Assert.True(leaked is null, $"{file} holds note text: \"{leaked}\"");
        }
    }
}
