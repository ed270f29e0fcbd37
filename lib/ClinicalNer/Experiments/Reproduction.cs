using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ClinicalNer.Charts;
using ClinicalNer.Charts.Rendering;
using ClinicalNer.Experiments.Grid;
using ClinicalNer.Experiments.Paper;
using ClinicalNer.Experiments.Selection;
using ClinicalNer.Inference;
using ClinicalNer.Metrics;
using ClinicalNer.Metrics.Seeds;
using ClinicalNer.Runtime;
using ClinicalNer.Text.Corpora;
using ClinicalNer.Training;
using ClinicalNer.Training.Runs;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Experiments;

/// <summary>
/// <c>reproduce</c>: completes every run of the grid (skipping finished ones, resuming interrupted ones, leaving runs
/// that another process holds to the end), then writes the grid's outputs from its finished runs. The final grid
/// writes <c>results.csv</c>, <c>results.md</c>, <c>paper-comparison.md</c>, <c>table4-ablations.csv</c> (n2c2's types
/// only), the charts (HTML, and PNG where Chromium is present) and each run's <c>config.json</c>, <c>metrics.json</c> and <c>epochs.jsonl</c> under <c>runs-summary/</c>
/// (no weights, no note text); the selection grid writes <c>selection.csv</c>, <c>selection.md</c> and
/// <c>selected-hyperparameters.csv</c>. Every run is also written as a file under <c>grid/</c>
/// (<see cref="GridRunFile"/>), so that a cluster can run it.
/// </summary>
public static class Reproduction
{
    /// <summary>The folder of a final grid's output that holds each run's small files (no weights, no note text).</summary>
    public const string SummaryFolder = "runs-summary";

    static readonly string[] SummaryFiles = ["config.json", "metrics.json", "epochs.jsonl"];

    /// <summary>The scores of the run of <paramref name="row"/>, from <c>runs-summary/RUN/metrics.json</c> of a final grid's output.</summary>
    /// <param name="output">The grid's output folder (<c>runs/reproduce</c>, <c>results/sample</c>, ...).</param>
    /// <param name="row">A run's row of that folder's <c>results.csv</c>.</param>
    public static MetricsFile SummaryMetrics(string output, ResultRow row) => MetricsFile.Read(Path.Combine(output, SummaryFolder, row.RunName(), "metrics.json"));

    /// <summary>Runs the grid of <paramref name="options"/> here and writes its outputs.</summary>
    /// <param name="options">The grid and where it goes.</param>
    /// <param name="skipped">Models left out of the grid, each with its reason (named in <c>results.md</c>).</param>
    /// <param name="plotlyJs">How the saved charts get plotly.js.</param>
    /// <param name="progress">Receives one line per run and the trainer's progress.</param>
    /// <param name="cancellation">Stops between batches; a later call resumes.</param>
    /// <param name="workers">Runs side by side in child processes instead of one after another in this one.</param>
    /// <exception cref="ArgumentException">The output folder is not allowed for this data (see <see cref="OutputGuard"/>).</exception>
    /// <exception cref="InvalidOperationException">A run failed in a child process.</exception>
    public static ReproduceSummary Run(ReproduceOptions options, IReadOnlyList<string> skipped, PlotlyJsMode plotlyJs, TextWriter progress,
                                       CancellationToken cancellation = default, GridWorkers? workers = null)
    {
        var plan = Prepare(options);
        var outcomes = workers is null ? RunHere(plan, options.Output, progress, cancellation) : RunInWorkers(plan, options.Output, workers, progress, cancellation);
        var (results, files) = WriteOutputs(options, skipped, plotlyJs);
        if (options.Grid == GridKind.Selection)
            foreach (var line in ModelSelection.CollapseWarnings(ModelSelection.Read(options))) progress.WriteLine($"warning: {line}");
        return new ReproduceSummary([.. plan.Zip(outcomes, (run, outcome) => (run.Name, outcome))], results, files);
    }

    static RunOutcome[] RunHere(ImmutableArray<GridRun> plan, string output, TextWriter progress, CancellationToken cancellation)
    {
        var outcomes = new RunOutcome?[plan.Length];
        for (int i = 0; i < plan.Length; i++)
        {
            progress.WriteLine($"[{i + 1}/{plan.Length}] {plan[i].Name}");
            outcomes[i] = GridRunner.TryComplete(plan[i], output, progress, cancellation);
            progress.WriteLine($"[{i + 1}/{plan.Length}] {plan[i].Name}: {Describe(outcomes[i])}");
        }
        // Runs that another process (a cluster task, a second reproduce) holds are waited for last, so that neither waits while work is left.
        for (int i = 0; i < plan.Length; i++)
        {
            if (outcomes[i] is not null) continue;
            outcomes[i] = GridRunner.Complete(plan[i], output, progress, cancellation: cancellation);
            progress.WriteLine($"[{i + 1}/{plan.Length}] {plan[i].Name}: {Describe(outcomes[i])}");
        }
        return [.. outcomes.Select(o => o!.Value)];
    }

    /// <summary>As <see cref="RunHere"/>, with the runs that another process holds put last, so that no worker waits while work is left.</summary>
    static RunOutcome[] RunInWorkers(ImmutableArray<GridRun> plan, string output, GridWorkers workers, TextWriter progress, CancellationToken cancellation)
    {
        var order = Enumerable.Range(0, plan.Length).OrderBy(i => RunLock.IsHeld(GridRunner.Folder(output, plan[i]))).ToArray();
        var done = workers.CompleteAll([.. order.Select(i => plan[i])], output, progress, cancellation);
        var outcomes = new RunOutcome[plan.Length];
        for (int k = 0; k < order.Length; k++) outcomes[order[k]] = done[k];
        return outcomes;
    }

    /// <summary>
    /// Checks the output folder, plans the grid and writes its run files (<c>grid/NAME.json</c>); every way of running
    /// a grid starts here.
    /// </summary>
    /// <exception cref="ArgumentException">The output folder is not allowed for this data, or the grid is empty.</exception>
    public static ImmutableArray<GridRun> Prepare(ReproduceOptions options)
    {
        OutputGuard.Check(options.Data, options.Output);
        var plan = ReproduceGrid.Plan(options);
        GridRunFile.WriteAll(options.Output, plan);
        return plan;
    }

    /// <summary>
    /// Writes the outputs of the grid of <paramref name="options"/> from those of its runs that are done (all of them
    /// after <see cref="Run"/>; those finished so far on a cluster). Writes nothing when none is done.
    /// </summary>
    /// <returns>The final runs' rows (none for the selection grid), and the files written, relative to the output folder.</returns>
    public static (ImmutableArray<RunResult> Results, ImmutableArray<string> Files) WriteOutputs(
        ReproduceOptions options, IReadOnlyList<string> skipped, PlotlyJsMode plotlyJs)
    {
        var plan = ReproduceGrid.Plan(options);
        var done = plan.Where(run => GridRunner.IsDone(run, options.Output)).ToImmutableArray();
        if (done.IsEmpty) return ([], []);
        if (options.Grid == GridKind.Selection) return ([], WriteSelection(options));
        var results = done.Select(run => RunResult.Read(run, GridRunner.Folder(options.Output, run))).ToImmutableArray();
        return (results, WriteFinal(options, skipped, plotlyJs, results, plan.Length));
    }

    static string Describe(RunOutcome? outcome) =>
        outcome?.ToString().ToLowerInvariant() ?? "running in another process; back to it at the end";

    static ImmutableArray<string> WriteSelection(ReproduceOptions options)
    {
        var results = ModelSelection.Read(options);
        var points = ModelSelection.Points(results);
        (string Name, string Content)[] files =
        [
            ("selection.csv", SelectionTable.Of(results).ToCsv()),
            ("selection.md", ModelSelection.Markdown(points, PaperResults.Load(), options.Data)),
            ("selected-hyperparameters.csv", ModelSelection.HyperParametersCsv(ModelSelection.Choose(points))),
        ];
        foreach (var (name, content) in files) AtomicFile.WriteAllText(Path.Combine(options.Output, name), content);
        return [.. files.Select(f => f.Name)];
    }

    static ImmutableArray<string> WriteFinal(ReproduceOptions options, IReadOnlyList<string> skipped, PlotlyJsMode plotlyJs, ImmutableArray<RunResult> results,
                                             int planned)
    {
        var files = ImmutableArray.CreateBuilder<string>();
        void Write(string name, string content)
        {
            AtomicFile.WriteAllText(Path.Combine(options.Output, name), content);
            files.Add(name);
        }
        var table = ResultTable.Of(results);
        Write("results.csv", table.ToCsv());
        Write("results.md", ResultsPage(options, skipped, table, results, planned));
        Write("paper-comparison.md", PaperComparison.Markdown(results, PaperResults.Load(), options.Data, IsN2c2(options.Data)));
        var ablations = PaperAblations.Mean(results.Where(r => r.Run.Variant == GridVariant.Full)
                                                   .Select(r => PaperAblations.OfRun(GridRunner.Folder(options.Output, r.Run), r.Run.Model.PaperName)));
        if (!ablations.IsEmpty) Write(PaperAblations.FileName, PaperAblations.ToCsv(ablations));
        bool png = PlotlyChart.CanSavePng;
        foreach (var (name, chart) in ResultCharts.Of(results))
        {
            chart.SaveHtml(Path.Combine(options.Output, "charts", name + ".html"), plotlyJs);
            files.Add($"charts/{name}.html");
            if (!png) continue;
            chart.SavePng(Path.Combine(options.Output, "charts", name + ".png"));
            files.Add($"charts/{name}.png");
        }
        foreach (var result in results)
        {
            var target = Path.Combine(options.Output, SummaryFolder, result.Run.Name);
            Directory.CreateDirectory(target);
            foreach (var file in SummaryFiles)
                File.Copy(Path.Combine(GridRunner.Folder(options.Output, result.Run), file), Path.Combine(target, file), overwrite: true);
        }
        return files.ToImmutable();
    }

    static string ResultsPage(ReproduceOptions options, IReadOnlyList<string> skipped, ResultTable table, IReadOnlyList<RunResult> results, int planned)
    {
        var text = new StringBuilder("# Results of `clinical-ner reproduce`\n\n");
        text.Append($"Data: `{options.Data}`; preset `{options.Preset.ToString().ToLowerInvariant()}`; seeds {string.Join(", ", options.Seeds)}")
            .Append(options.Size is { } size ? $"; from-scratch size `{size.Name()}`" : "")
            .Append(options.Epochs is { } epochs ? $"; {epochs} epochs" : "").Append(".\n");
        text.Append($"Variants: {string.Join(", ", options.Variants.Select(v => $"`{v.Name}`"))} (`full`: all training sentences; `sambd`: entity-free sentences kept with p = 0.08). ")
            .Append("F1 columns are per metric unit (see the README's metrics table); `train_seconds` sums the epochs' wall time.\n\n");
        if (options.Models.Any(m => m.IsBundled))
            text.Append(BundledEncoderNote).Append("\n\n");
        if (skipped.Count > 0)
        {
            text.Append("Skipped models:\n");
            foreach (var line in skipped) text.Append("- ").Append(line).Append('\n');
            text.Append('\n');
        }
        if (results.Count < planned)
            text.Append($"**{results.Count} of {planned} runs are finished**; the table holds those. Run the same `reproduce` command again once the rest are done.\n\n");
        text.Append(EntitySummary(results, CorpusBaselines.Load(options.Data)));
        return text.Append("## Every run, every unit\n\n").Append(table.ToMarkdown()).ToString();
    }

    /// <summary>
    /// Strict entity micro F1 on test per model and variant (mean ± standard deviation over seeds), with mean training
    /// time and parameters, and the corpus's reference systems below: the figure a reader compares first.
    /// </summary>
    static string EntitySummary(IReadOnlyList<RunResult> results, CorpusBaselines? baselines)
    {
        var text = new StringBuilder("## Strict entity F1 on the test set\n\n| model | variant | runs | entity-strict micro F1 | train seconds | parameters |\n|---|---|---|---|---|---|\n");
        foreach (var group in results.GroupBy(r => (r.Run.Model.PaperName, r.Run.Variant.Name)))
        {
            var f1 = group.Select(r => r["entity-strict"].Micro.F1).ToArray();
            var meanSeconds = group.Average(r => r.TrainSeconds);
            text.Append(CultureInfo.InvariantCulture, $"| {group.Key.PaperName} | {group.Key.Name} | {f1.Length} | {MeanAndSpread(f1)} | ")
                .Append(CultureInfo.InvariantCulture, $"{meanSeconds:F0} | {group.First().Parameters:N0} |\n");
        }
        if (baselines is not null)
            foreach (var (system, score) in baselines.Systems)
                text.Append(CultureInfo.InvariantCulture, $"| {system} (reference) | full | – | {score:F4} | – | – |\n");
        text.Append("\n± is the standard deviation over seeds.");
        if (baselines is not null) text.Append($" Reference rows: {baselines.Unit}, from {baselines.Source} (`{CorpusBaselines.FileName}` of the corpus).");
        return text.Append("\n\n").ToString();
    }

    /// <summary>"mean ± standard deviation" of several values, the value itself for one.</summary>
    static string MeanAndSpread(double[] values)
    {
        if (values.Length == 1) return values[0].ToString("F4", CultureInfo.InvariantCulture);
        var spread = Spread.Of(values);
        return string.Create(CultureInfo.InvariantCulture, $"{spread.Mean:F4} ± {spread.StandardDeviation:F4}");
    }

    /// <summary>What the MiniLM models are, and are not, for a reader comparing them with the paper's.</summary>
    internal const string BundledEncoderNote =
        "MiniLM-CRF and MiniLM-Apt fine-tune `sentence-transformers/all-MiniLM-L6-v2`, which ships with the workbench: a " +
        "general-domain, uncased BERT-architecture encoder (6 layers, width 384, 22.7M parameters). It stands in for the " +
        "paper's BERT family when the Hugging Face hub is out of reach; it is not BERT, BioBERT or ClinicalBERT, and its " +
        "scores are not the paper's pre-trained models' scores.";

    /// <summary>A brat corpus with n2c2-2018 Track 2's 303 training and 202 test notes.</summary>
    static bool IsN2c2(string data) =>
        Directory.Exists(CorpusSplits.TrainFolder(data)) && Directory.Exists(CorpusSplits.TestFolder(data))
        && Directory.EnumerateFiles(CorpusSplits.TrainFolder(data), "*.ann").Count() == 303
        && Directory.EnumerateFiles(CorpusSplits.TestFolder(data), "*.ann").Count() == 202;
}
