using System.Collections.Immutable;
using ClinicalNer.Experiments.Selection;
using ClinicalNer.Runtime;
using ClinicalNer.Text.Sentences;
using Microsoft.Data.Analysis;

namespace ClinicalNer.Experiments.Paper;

/// <summary>
/// The paper's published results (arXiv 2210.12770), shipped as CSV files under <c>results/paper</c>: typed records for
/// code and tests, and <see cref="DataFrame"/>s for notebooks. Every score is a sub-token score (see that folder's README).
/// </summary>
public sealed class PaperResults
{
    /// <summary>The folder of the CSV files, relative to the repository root.</summary>
    public const string RelativePath = "results/paper";

    /// <summary>The table names (CSV file names without extension), in the order the paper presents them.</summary>
    public static ImmutableArray<string> Tables { get; } =
    [
        "table1-parameters", "table2-bio-macro", "table3-bio-weighted", "bio-per-label", "token-level-full", "token-level-sambd",
        "token-level-averages", "table4-ablations", "model-selection", "final-hyperparameters", "downsampling", "downsampling-data",
    ];

    static readonly string[] AverageColumns = ["model", "precision", "recall", "f1"];
    static readonly string[] LabelColumns = ["model", "label", "precision", "recall", "f1", "support"];

    PaperResults(string directory)
    {
        Directory = directory;
        Parameters = Read("table1-parameters", ["model", "encoder", "head", "parameters", "change_vs_bert_percent"],
            r => new PaperParameterCount(r.Text("model"), r.Text("encoder"), r.Text("head"), r.Integer("parameters"), r.Number("change_vs_bert_percent")));
        BioMacro = Read("table2-bio-macro", AverageColumns, r => new PaperAverage(r.Text("model"), r.Number("precision"), r.Number("recall"), r.Number("f1")));
        BioWeighted = Read("table3-bio-weighted", [.. AverageColumns, "accuracy"],
            r => new PaperAverage(r.Text("model"), r.Number("precision"), r.Number("recall"), r.Number("f1"), r.Number("accuracy")));
        BioPerLabel = Read("bio-per-label", LabelColumns, LabelScores);
        TokenFull = Read("token-level-full", LabelColumns, LabelScores);
        TokenSambd = Read("token-level-sambd", LabelColumns, LabelScores);
        TokenAverages = Read("token-level-averages", ["training", "model", "average", "precision", "recall", "f1"],
            r => new PaperTokenAverage(r.Text("training"), r.Text("model"), r.Text("average"), r.Number("precision"), r.Number("recall"), r.Number("f1")));
        Ablations = PaperAblations.Read(FilePath("table4-ablations"));
        ModelSelection = Read("model-selection",
            ["model", "batch_size", "learning_rate", "best_epoch", "macro_precision", "macro_recall", "macro_f1", "weighted_precision", "weighted_recall", "weighted_f1"],
            r => new PaperModelSelection(r.Text("model"), (int)r.Integer("batch_size"), r.Number("learning_rate"), (int)r.Integer("best_epoch"),
                r.Number("macro_precision"), r.Number("macro_recall"), r.Number("macro_f1"),
                r.Number("weighted_precision"), r.Number("weighted_recall"), r.Number("weighted_f1")));
        FinalHyperParameters = Read("final-hyperparameters", ["model", "batch_size", "epochs", "learning_rate"],
            r => new PaperHyperParameters(r.Text("model"), (int)r.Integer("batch_size"), (int)r.Integer("epochs"), r.Number("learning_rate")));
        Downsampling = Read("downsampling",
            ["model", "macro_f1_full", "macro_f1_sambd", "weighted_f1_full", "weighted_f1_sambd", "accuracy_full", "accuracy_sambd"],
            r => new PaperDownsampling(r.Text("model"), r.Number("macro_f1_full"), r.Number("macro_f1_sambd"),
                r.Number("weighted_f1_full"), r.Number("weighted_f1_sambd"), r.Number("accuracy_full"), r.Number("accuracy_sambd")));
        DownsamplingData = Read("downsampling-data", ["measure", "before", "after"], r => new PaperDataChange(r.Text("measure"), r.Number("before"), r.Number("after")));
    }

    /// <summary>The folder the tables were read from.</summary>
    public string Directory { get; }

    /// <summary>Table I: trainable parameters of the eight models.</summary>
    public ImmutableArray<PaperParameterCount> Parameters { get; }

    /// <summary>Table II: sub-token BIO macro averages (19 labels, O included).</summary>
    public ImmutableArray<PaperAverage> BioMacro { get; }

    /// <summary>Table III: sub-token BIO weighted averages and accuracy.</summary>
    public ImmutableArray<PaperAverage> BioWeighted { get; }

    /// <summary>Per-label sub-token BIO reports of seven models (BioBERT-Apt has none: it predicted only O).</summary>
    public ImmutableArray<PaperLabelScores> BioPerLabel { get; }

    /// <summary>Token-level (B-/I- stripped) per-type reports of the CRF models trained on all sentences.</summary>
    public ImmutableArray<PaperLabelScores> TokenFull { get; }

    /// <summary>Token-level per-type reports of the CRF models trained on down-sampled data.</summary>
    public ImmutableArray<PaperLabelScores> TokenSambd { get; }

    /// <summary>The averages of <see cref="TokenFull"/> and <see cref="TokenSambd"/>.</summary>
    public ImmutableArray<PaperTokenAverage> TokenAverages { get; }

    /// <summary>Table IV: token-level averages over subsets of the classes.</summary>
    public ImmutableArray<PaperAblation> Ablations { get; }

    /// <summary>The grid point selected per model, with its validation scores.</summary>
    public ImmutableArray<PaperModelSelection> ModelSelection { get; }

    /// <summary>The settings of the final runs.</summary>
    public ImmutableArray<PaperHyperParameters> FinalHyperParameters { get; }

    /// <summary>Token-level scores with and without down-sampling.</summary>
    public ImmutableArray<PaperDownsampling> Downsampling { get; }

    /// <summary>What down-sampling did to the training data.</summary>
    public ImmutableArray<PaperDataChange> DownsamplingData { get; }

    /// <summary>Reads every table from <paramref name="directory"/>, by default the repository's <c>results/paper</c> (see <see cref="Locate"/>).</summary>
    /// <exception cref="InvalidDataException">A file has a wrong header or a cell that does not parse (named with file and line).</exception>
    /// <exception cref="DirectoryNotFoundException">No folder was given and none is found.</exception>
    public static PaperResults Load(string? directory = null) => new(directory ?? Locate());

    /// <summary>
    /// The repository's <c>results/paper</c>: the first folder holding <c>Workbench.sln</c> above
    /// <paramref name="start"/>, or else above the working directory and then above this library's folder.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">No repository is found above any of them.</exception>
    public static string Locate(string? start = null)
    {
        string[] starts = start is null ? [Environment.CurrentDirectory, AppContext.BaseDirectory] : [start];
        foreach (string from in starts)
            for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Workbench.sln")))
                    return Path.Combine(dir.FullName, RelativePath);
        throw new DirectoryNotFoundException($"no Workbench.sln above {string.Join(" or ", starts)}: pass the folder of the paper's CSV files");
    }

    /// <summary>The table named <paramref name="table"/> (one of <see cref="Tables"/>) as a data frame, columns typed as in the file.</summary>
    /// <exception cref="ArgumentException">Not one of <see cref="Tables"/>.</exception>
    public DataFrame Frame(string table)
    {
        if (!Tables.Contains(table))
            throw new ArgumentException($"unknown table '{table}' (expected one of {string.Join(", ", Tables)})", nameof(table));
        return CsvTable.LoadExact(FilePath(table));
    }

    ImmutableArray<T> Read<T>(string table, string[] columns, Func<PaperCsv.Row, T> make) => PaperCsv.Read(FilePath(table), columns, make);

    string FilePath(string table) => Path.Combine(Directory, table + ".csv");

    static PaperLabelScores LabelScores(PaperCsv.Row r) =>
        new(r.Text("model"), r.Text("label"), r.Number("precision"), r.Number("recall"), r.Number("f1"), r.Integer("support"));
}
