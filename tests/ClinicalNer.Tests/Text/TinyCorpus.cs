using ClinicalNer.Sample.Lexicons;

namespace ClinicalNer.Tests.Text;

/// <summary>
/// Two brat notes small enough to count by hand:
/// <c>a</c>: "Aspirin 81 mg daily." (Drug, Strength, Frequency, one relation) and "No complaints.";
/// <c>b</c>: "upper and lower GI bleed." (discontinuous Reason "upper ... GI bleed" overlapping Reason
/// "lower GI bleed"), "Pain resolved." and "Tylenol given." (Drug).
/// Sentences 5, tokens 20 (a: 5 + 3, b: 6 + 3 + 3), entity-free sentences 2.
/// </summary>
sealed class TinyCorpus : IDisposable
{
    public const string TextA = "Aspirin 81 mg daily.\n\nNo complaints.\n";
    public const string AnnA = "T1\tDrug 0 7\tAspirin\nT2\tStrength 8 13\t81 mg\nT3\tFrequency 14 19\tdaily\nR1\tStrength-Drug Arg1:T2 Arg2:T1\n";
    public const string TextB = "upper and lower GI bleed. Pain resolved. Tylenol given.\n";
    public const string AnnB = "T1\tReason 0 5;16 24\tupper GI bleed\nT2\tReason 10 24\tlower GI bleed\nT3\tDrug 41 48\tTylenol\n";

    readonly TempDir _dir = new();

    public TinyCorpus(string folder = "")
    {
        Folder = Path.Combine(_dir.Path, folder);
        _dir.Write(Path.Combine(folder, "a.txt"), TextA);
        _dir.Write(Path.Combine(folder, "a.ann"), AnnA);
        _dir.Write(Path.Combine(folder, "b.txt"), TextB);
        _dir.Write(Path.Combine(folder, "b.ann"), AnnB);
    }

    /// <summary>The brat folder.</summary>
    public string Folder { get; }

    /// <summary>The scratch folder holding <see cref="Folder"/>, for output files.</summary>
    public string Root => _dir.Path;

    /// <summary>Writes another file into the scratch folder and returns its path.</summary>
    public string Write(string name, string content) => _dir.Write(name, content);

    public void Dispose() => _dir.Dispose();
}
