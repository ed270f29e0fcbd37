using System.Collections.Immutable;
using System.Globalization;
using ClinicalNer.Corpus;
using ClinicalNer.Runtime;
using ClinicalNer.Text;

namespace ClinicalNer.Training;

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
    public static int Predict(string runPath, string input, string output, bool confidence = false, string device = "cpu", bool overwrite = false)
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
            string id = Path.GetFileNameWithoutExtension(note.Path);
            var sentences = SentenceSplitter.Split(id, note.Text);
            var (sequences, predicted) = model.Predict(sentences);
            var tagged = sentences.Select((s, i) => s with { Tags = [.. SubtokenPredictor.WordTags(predicted[i], sequences[i], model.Encoder, s.Tokens.Length)] }).ToArray();
            var document = BioDecoder.ToDocument(id, note.Text, tagged);
            if (confidence) document = WithConfidence(document, model, sentences, sequences, predicted);
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

    static Document WithConfidence(Document document, TrainedModel model, IReadOnlyList<Sentence> sentences, SubtokenSequence[] sequences, int[][] predicted)
    {
        var probabilities = SubtokenConfidence.Of(model.Tagger, model.Encoder, sequences, predicted, model.Device);
        var notes = ImmutableArray.CreateBuilder<Annotation>();
        foreach (var entity in document.Entities)
        {
            double sum = 0;
            int count = 0;
            for (int s = 0; s < sentences.Count; s++)
            {
                var tokens = sentences[s].Tokens;
                for (int k = 0; k < sequences[s].Length; k++)
                {
                    var token = tokens[sequences[s].WordIndices[k]];
                    if (token.Start < entity.Start || token.End > entity.End) continue;
                    sum += probabilities[s][k];
                    count++;
                }
            }
            string value = (count == 0 ? 0 : sum / count).ToString("F4", CultureInfo.InvariantCulture);
            string noteId = "#" + (notes.Count + 1);
            notes.Add(new Annotation(noteId, "#", $"{noteId}\tAnnotatorNotes {entity.Id}\tconfidence={value}"));
        }
        return document with { OtherAnnotations = notes.ToImmutable() };
    }
}
