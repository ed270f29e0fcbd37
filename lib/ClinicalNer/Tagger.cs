using System.Collections.Immutable;
using ClinicalNer.Inference;
using ClinicalNer.Metrics;
using ClinicalNer.Text.Corpora;
using ClinicalNer.Training;
using ClinicalNer.Training.Runs;
using ClinicalNer.Training.Settings;

namespace ClinicalNer;

/// <summary>
/// The front door: a trained tagger, as a notebook cell or a command uses one. Train it on a corpus, or load a
/// finished run; predict the entities of a text; evaluate it on a corpus's test part.
/// <code>
/// var corpus = NerCorpus.Open("data/sample");
/// using var tagger = Tagger.Train(corpus, TrainOptions.Cpu(Model.TransformerCrf), "runs/x");
/// tagger.Predict("Started warfarin 5 mg daily.");
/// tagger.Evaluate(corpus.Test)[ScoreUnit.EntityStrict].Micro.F1;
/// </code>
/// </summary>
public sealed class Tagger : IDisposable
{
    readonly TrainedModel _model;

    Tagger(TrainedModel model) => _model = model;

    /// <summary>The run folder the tagger was trained into.</summary>
    public RunFolder Run => _model.Run;

    /// <summary>The settings it was trained with (its <c>config.json</c>).</summary>
    public RunConfig Options => _model.Config;

    /// <summary>The tags it predicts (<c>O</c>, <c>B-Drug</c>, ...).</summary>
    public ImmutableArray<string> Tags => _model.Run.ReadLabels();

    /// <summary>Trainable parameters of the network, encoder and head together.</summary>
    public long Parameters => _model.Tagger.parameters().Sum(p => p.numel());

    /// <summary>Trains a new run into <paramref name="runFolder"/> on <paramref name="corpus"/> and loads its best model.</summary>
    /// <param name="corpus">The corpus: its train and dev parts are trained on (its folder is recorded as the run's data).</param>
    /// <param name="options">The run's settings: a preset of <see cref="TrainOptions"/>, changed with <c>with { ... }</c>.</param>
    /// <param name="runFolder">A new run folder.</param>
    /// <param name="progress">Receives the progress line and messages (none by default).</param>
    /// <exception cref="InvalidOperationException">The folder holds a run already.</exception>
    public static Tagger Train(NerCorpus corpus, RunConfig options, string runFolder, TextWriter? progress = null)
    {
        var run = TrainingRun.Train(options with { Data = corpus.Directory }, runFolder, resume: false, vocabFile: null, progress ?? TextWriter.Null);
        return Load(run.Path, options.Device);
    }

    /// <summary>Loads the best model of the finished run in <paramref name="runFolder"/>.</summary>
    public static Tagger Load(string runFolder, ComputeDevice device = ComputeDevice.Cpu) => new(TrainedModel.Load(runFolder, device));

    /// <summary>The entities in <paramref name="text"/> (split into sentences and words as training did), in text order.</summary>
    public ImmutableArray<PredictedEntity> Predict(string text)
    {
        var (document, confidences) = _model.Tag("text", text, confidence: true);
        return [.. document.Entities.Select((e, i) => new PredictedEntity(e.Type, e.Start, e.End, e.Text, confidences[i]))];
    }

    /// <summary>
    /// Tags every note (<c>ID.txt</c>) in <paramref name="notesFolder"/> with the finished run in
    /// <paramref name="runFolder"/>: <c>ID.ann</c> beside a byte-identical copy of the note in <paramref name="outFolder"/>,
    /// as <c>clinical-ner predict</c> does. The folders and notes are checked before the model is loaded, so that a bad
    /// call fails at once and leaves nothing behind. Returns the number of notes.
    /// </summary>
    /// <param name="runFolder">The finished run.</param>
    /// <param name="notesFolder">Folder of notes (<c>.txt</c>; any <c>.ann</c> there is ignored).</param>
    /// <param name="outFolder">Folder for the brat pairs; never the notes' or the run's folder.</param>
    /// <param name="confidence">Add each entity's confidence as a brat <c>#</c> note (see <see cref="PredictedEntity.Confidence"/>).</param>
    /// <param name="overwrite">Replace the <c>.ann</c> and <c>.txt</c> files already in <paramref name="outFolder"/> (an <c>.ann</c> there may be gold).</param>
    /// <param name="device">Where the model runs.</param>
    /// <exception cref="ArgumentException">The output is the notes' or run folder, or holds files to replace without <paramref name="overwrite"/>.</exception>
    public static int PredictNotes(string runFolder, string notesFolder, string outFolder, bool confidence = false, bool overwrite = false,
                                   ComputeDevice device = ComputeDevice.Cpu) =>
        RunPrediction.Predict(runFolder, notesFolder, outFolder, confidence, device, overwrite);

    /// <summary>
    /// Scores the tagger on <paramref name="test"/> at every unit, and writes the scores and predictions into its run
    /// folder as <c>clinical-ner evaluate</c> does (<c>metrics.json</c>, <c>predictions/</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">Another process holds the run folder.</exception>
    public Evaluation Evaluate(TestSplit test)
    {
        var (reports, collapse) = RunEvaluation.Evaluate(_model, test);
        return Measured(reports, collapse, _model.Config, test.Directory);
    }

    /// <summary>
    /// Scores the finished run in <paramref name="runFolder"/> on the test part of <paramref name="dataDirectory"/>, as
    /// <see cref="Evaluate(TestSplit)"/> does a loaded tagger (what <c>clinical-ner evaluate</c> runs). The run folder is
    /// held and checked finished before the model is loaded, so that a run still training is refused, not half read.
    /// </summary>
    /// <exception cref="InvalidOperationException">Another process holds the run folder, or the run is unfinished.</exception>
    public static Evaluation EvaluateRun(string runFolder, string dataDirectory, ComputeDevice device = ComputeDevice.Cpu)
    {
        var (reports, collapse, config) = RunEvaluation.EvaluateWithConfig(runFolder, dataDirectory, device);
        return Measured(reports, collapse, config, dataDirectory);
    }

    static Evaluation Measured(IReadOnlyDictionary<string, ScoreReport> reports, string? collapse, RunConfig config, string dataDirectory) =>
        new(reports.ToDictionary(r => ScoreUnits.Parse(r.Key), r => r.Value), collapse,
            RunMetrics.Suffix(config, dataDirectory) is { Length: > 0 } suffix
                ? $"{dataDirectory} is not the run's own data ({config.Data}): scores in metrics{suffix}.json and predictions{suffix}/, metrics.json unchanged"
                : null);

    /// <inheritdoc />
    public void Dispose() => _model.Dispose();
}
