using System.Globalization;
using ClinicalNer.Corpus;
using ClinicalNer.Runtime;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Inference;

/// <summary>
/// Tags raw notes with a run's model: each <c>ID.txt</c> of a folder becomes <c>ID.ann</c> beside a byte-identical copy
/// of it. It never writes into the notes' own folder or the run's, and replaces files in the output folder only when told
/// to, since an <c>ID.ann</c> there may be a gold annotation.
/// </summary>
public static class RunPrediction
{
    /// <summary>Predicts every <c>.txt</c> in <paramref name="input"/> into <paramref name="output"/>; returns the number of notes.</summary>
    /// <param name="runPath">The trained run.</param>
    /// <param name="input">Folder of notes (<c>.txt</c>; any <c>.ann</c> there is ignored).</param>
    /// <param name="output">Folder for the brat pairs.</param>
    /// <param name="confidence">Add each entity's confidence as a brat <c>#</c> note: the mean, over the entity's sub-tokens, of the probability the model gives its label.</param>
    /// <param name="device">cpu or cuda.</param>
    /// <param name="overwrite">Replace the <c>.ann</c> and <c>.txt</c> files already in <paramref name="output"/>.</param>
    /// <exception cref="ArgumentException">The output is the input or run folder, or holds files to replace without <paramref name="overwrite"/>.</exception>
    /// <exception cref="Corpus.CorpusFormatException">A note is binary or not valid UTF-8 (checked before anything is written).</exception>
    public static int Predict(string runPath, string input, string output, bool confidence = false, ComputeDevice device = ComputeDevice.Cpu, bool overwrite = false)
    {
        if (!Directory.Exists(input)) throw new DirectoryNotFoundException($"{input}: no such folder");
        Experiments.OutputGuard.CheckNotInput(output, [input, runPath]);
        var files = InputFile.List(input, "*.txt");
        if (files.Length == 0) throw new FileNotFoundException($"{input}: no .txt notes to tag");
        if (!overwrite) CheckNothingReplaced(output, files);
        var notes = files.Select(NoteFile.Read).ToArray();
        using var model = TrainedModel.Load(runPath, device);
        Directory.CreateDirectory(output);
        foreach (var note in notes)
        {
            var (document, confidences) = model.Tag(Path.GetFileNameWithoutExtension(note.Path), note.Text, confidence);
            if (confidence) document = WithConfidence(document, confidences);
            AtomicFile.Write(Path.Combine(output, Path.GetFileName(note.Path)), temporary => File.WriteAllBytes(temporary, note.Bytes));
            BratWriter.Write(document, output, writeText: false);
        }
        return files.Length;
    }

    /// <summary>Refuses an output folder that holds any <c>.ann</c> (perhaps gold) or a copy of one of the notes.</summary>
    static void CheckNothingReplaced(string output, string[] notes)
    {
        if (!Directory.Exists(output)) return;
        var taken = Directory.EnumerateFiles(output, "*.ann")
                             .Concat(notes.Select(n => Path.Combine(output, Path.GetFileName(n))).Where(File.Exists))
                             .Order(StringComparer.Ordinal).ToArray();
        if (taken.Length > 0)
            throw new ArgumentException(
                $"{taken[0]}: already in --out{(taken.Length > 1 ? $" (with {taken.Length - 1} more)" : "")}; predictions would replace it " +
                "(an .ann there may be gold); pass --overwrite or choose an empty --out");
    }

    /// <summary>The document with each entity's confidence as a brat note (<c>#1 AnnotatorNotes T1 confidence=0.9731</c>).</summary>
    static Document WithConfidence(Document document, double[] confidences) => document with
    {
        OtherAnnotations = [.. document.Entities.Select((entity, i) =>
        {
            string noteId = "#" + (i + 1);
            string value = confidences[i].ToString("F4", CultureInfo.InvariantCulture);
            return new Annotation(noteId, "#", $"{noteId}\tAnnotatorNotes {entity.Id}\tconfidence={value}");
        })],
    };
}
