using System.Collections.Immutable;
using System.Globalization;
using ClinicalNer.Corpus;
using ClinicalNer.Runtime;
using ClinicalNer.Text;

namespace ClinicalNer.Training;

/// <summary>Tags raw notes with a run's model: each <c>ID.txt</c> of a folder becomes <c>ID.ann</c> beside a copy of it.</summary>
public static class RunPrediction
{
    /// <summary>Predicts every <c>.txt</c> in <paramref name="input"/> into <paramref name="output"/>; returns the number of notes.</summary>
    /// <param name="runPath">The trained run.</param>
    /// <param name="input">Folder of notes (<c>.txt</c>; any <c>.ann</c> there is ignored).</param>
    /// <param name="output">Folder for the brat pairs.</param>
    /// <param name="confidence">Add each entity's confidence as a brat <c>#</c> note: the mean, over the entity's sub-tokens, of the probability the model gives its label.</param>
    /// <param name="device">cpu or cuda.</param>
    public static int Predict(string runPath, string input, string output, bool confidence = false, string device = "cpu")
    {
        using var model = TrainedModel.Load(runPath, device);
        var files = InputFile.List(input, "*.txt");
        if (files.Length == 0) throw new FileNotFoundException($"{input}: no .txt notes to tag");
        Directory.CreateDirectory(output);
        foreach (var file in files)
        {
            string id = Path.GetFileNameWithoutExtension(file);
            string text = InputFile.ReadAllText(file);
            var sentences = SentenceSplitter.Split(id, text);
            var (sequences, predicted) = model.Predict(sentences);
            var tagged = sentences.Select((s, i) => s with { Tags = [.. SubtokenPredictor.WordTags(predicted[i], sequences[i], model.Encoder, s.Tokens.Length)] }).ToArray();
            var document = BioDecoder.ToDocument(id, text, tagged);
            if (confidence) document = WithConfidence(document, model, sentences, sequences, predicted);
            BratWriter.Write(document, output);
        }
        return files.Length;
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
