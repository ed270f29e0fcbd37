using ClinicalNer.Corpus;
using ClinicalNer.Metrics;
using ClinicalNer.Metrics.N2c2;
using ClinicalNer.Metrics.Reports;
using ClinicalNer.Runtime;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Conll;
using ClinicalNer.Text.Corpora;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Training.Runs;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Inference;

/// <summary>
/// Scores a finished run's model on a corpus's test split at every unit and writes <c>RUN/metrics.json</c> (one key per
/// unit, each in the <c>score --json</c> shape, then what was scored: see <see cref="RunMetrics"/>) and the predictions
/// under <c>RUN/predictions/</c>: sub-token and word CoNLL files (gold beside predicted, so <c>score</c> and
/// <c>compare</c> work on them) and, for a brat corpus, a brat folder. Data other than the run's own go to
/// <c>metrics-ID.json</c> and <c>predictions-ID/</c>.
/// </summary>
public static class RunEvaluation
{
    /// <summary>Evaluates; returns the reports by unit name and, when the model predicted no entity at all where gold has some, a warning.</summary>
    /// <param name="runPath">The finished run.</param>
    /// <param name="dataDirectory">The corpus whose test split is scored.</param>
    /// <param name="device">cpu or cuda.</param>
    /// <param name="held">The caller's lock on the run folder (a grid run's); without one, evaluation takes its own.</param>
    /// <exception cref="InvalidOperationException">Another process holds the run folder, or the run is unfinished.</exception>
    public static (IReadOnlyDictionary<string, ScoreReport> Reports, string? Collapse) Evaluate(string runPath, string dataDirectory,
                                                                                               ComputeDevice device = ComputeDevice.Cpu, RunLock? held = null)
    {
        var (reports, collapse, _) = EvaluateWithConfig(runPath, dataDirectory, device, held);
        return (reports, collapse);
    }

    /// <summary>
    /// <see cref="Evaluate(string, string, ComputeDevice, RunLock?)"/>, with the settings the run's model was loaded with
    /// (its <c>config.json</c>, read once).
    /// </summary>
    /// <exception cref="InvalidOperationException">Another process holds the run folder, or the run is unfinished.</exception>
    internal static (IReadOnlyDictionary<string, ScoreReport> Reports, string? Collapse, RunConfig Config) EvaluateWithConfig(
        string runPath, string dataDirectory, ComputeDevice device = ComputeDevice.Cpu, RunLock? held = null)
    {
        var run = RunFolder.Open(runPath);
        using var ownLock = held is null ? RunLock.Hold(run.Path, run.LogPath) : null;
        CheckComplete(run);
        using var model = TrainedModel.Load(runPath, device);
        var (reports, collapse) = Score(model, CorpusSplits.LoadTest(dataDirectory, TaggingOptions.Default));
        return (reports, collapse, model.Config);
    }

    /// <summary>Evaluates a loaded model on <paramref name="test"/>, as <see cref="Evaluate(string, string, ComputeDevice, RunLock?)"/> does its run's.</summary>
    /// <exception cref="InvalidOperationException">Another process holds the run folder, or the run is unfinished.</exception>
    public static (IReadOnlyDictionary<string, ScoreReport> Reports, string? Collapse) Evaluate(TrainedModel model, TestSplit test)
    {
        using var ownLock = RunLock.Hold(model.Run.Path, model.Run.LogPath);
        CheckComplete(model.Run);
        return Score(model, test);
    }

    /// <summary>Scores of an unfinished run would outlive it: after <c>--resume</c> the run looks finished and scored, with an old epoch's scores.</summary>
    static void CheckComplete(RunFolder run)
    {
        if (!run.IsComplete)
            throw new InvalidOperationException(
                $"{run.Path}: unfinished run (no COMPLETED); finish it with: clinical-ner train --data {RunConfig.Load(run.ConfigPath).Data} --out {run.Path} --resume");
    }

    static (IReadOnlyDictionary<string, ScoreReport> Reports, string? Collapse) Score(TrainedModel model, TestSplit test)
    {
        var (dataDirectory, sentences, brat, source) = test;
        var weights = RunMetrics.WeightsHash(model.Run.ModelPath);
        if (sentences.IsEmpty) throw new InvalidDataException($"{source}: no test sentences");
        var (sequences, predicted) = model.Predict(sentences);
        var predictions = new SentencePredictions(sentences, sequences, predicted, model.Inputs);

        // Scores of other data than the run's own never take the name of its final scores.
        var suffix = RunMetrics.Suffix(model.Config, dataDirectory);
        var folder = model.Run.File("predictions" + suffix);
        Directory.CreateDirectory(folder);
        var wordFormat = sentences.All(s => s.Tokens.All(t => t.HasOffsets)) ? ConllFormat.NeuroNer : ConllFormat.TwoColumn;
        WriteConll(Path.Combine(folder, "test.gold.word.conll"), sentences, wordFormat);
        WriteConll(Path.Combine(folder, "test.pred.word.conll"), predictions.PredictedSentences, wordFormat);
        WriteConll(Path.Combine(folder, "test.gold.subtoken.conll"), predictions.SubtokenSentences(predicted: false), ConllFormat.TwoColumn);
        WriteConll(Path.Combine(folder, "test.pred.subtoken.conll"), predictions.SubtokenSentences(predicted: true), ConllFormat.TwoColumn);

        var reports = new Dictionary<string, ScoreReport>(StringComparer.Ordinal);
        foreach (var unit in new[] { ScoreUnit.Subtoken, ScoreUnit.SubtokenType, ScoreUnit.Word, ScoreUnit.EntityStrict, ScoreUnit.EntityDefault })
            reports[unit.Name()] = predictions.Score(unit);
        if (brat is not null)
        {
            var bratFolder = Path.Combine(folder, "brat");
            if (Directory.Exists(bratFolder)) Directory.Delete(bratFolder, recursive: true);
            WriteBrat(brat, predictions.PredictedSentences, bratFolder);
            var evaluation = N2c2Evaluation.Evaluate(source, bratFolder);
            reports[ScoreUnit.N2c2Strict.Name()] = evaluation.Report(ScoreUnit.N2c2Strict);
            reports[ScoreUnit.N2c2Lenient.Name()] = evaluation.Report(ScoreUnit.N2c2Lenient);
        }
        var scored = new ScoredData(Path.GetFullPath(dataDirectory), Path.GetFullPath(source), CorpusSplits.Hashes(dataDirectory, CorpusSplits.TestFiles(source)));
        AtomicFile.WriteAllText(model.Run.File($"metrics{suffix}.json"), new MetricsFile([.. reports.Values], scored, weights).ToJson());
        bool goldHasEntities = sentences.Any(s => s.HasEntity);
        bool predictsEntities = predictions.PredictedSentences.Any(s => s.HasEntity);
        string? collapse = goldHasEntities && !predictsEntities
            ? "the model predicts O for every token (a collapse to all-O, as the paper's BioBERT-Apt): its scores carry no information"
            : null;
        if (collapse is not null) model.Run.Log($"evaluate on {source}: {collapse}");
        return (reports, collapse);
    }

    /// <summary>
    /// The gold and predicted tagging of the test split that <see cref="Evaluate(string, string, ComputeDevice, RunLock?)"/> wrote for run <paramref name="runPath"/>:
    /// one token per sub-token (what the model itself emitted) or per word.
    /// </summary>
    /// <exception cref="FileNotFoundException">The run has not been evaluated.</exception>
    public static TaggedPair Predictions(string runPath, bool subtokens)
    {
        var unit = subtokens ? "subtoken" : "word";
        var folder = Path.Combine(runPath, "predictions");
        return TaggedPair.FromConll(ConllReader.Read(Path.Combine(folder, $"test.gold.{unit}.conll")),
                                    ConllReader.Read(Path.Combine(folder, $"test.pred.{unit}.conll")));
    }

    /// <summary>Writes each note's predicted entities as brat (<c>.ann</c> beside a copy of the <c>.txt</c>).</summary>
    internal static void WriteBrat(TaggedCorpus corpus, IReadOnlyList<Sentence> predicted, string folder)
    {
        Directory.CreateDirectory(folder);
        int next = 0;
        foreach (var document in corpus.Documents)
        {
            var own = predicted.Skip(next).Take(document.Sentences.Length).ToArray();
            next += document.Sentences.Length;
            BratWriter.Write(BioDecoder.ToDocument(document.Document.Id, document.Document.Text, own), folder);
        }
    }

    static void WriteConll(string path, IEnumerable<Sentence> sentences, ConllFormat format) =>
        AtomicFile.Write(path, temporary => ConllWriter.Write(temporary, sentences, format));
}
