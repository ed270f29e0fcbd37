using System.Collections.Immutable;
using ClinicalNer.Corpus;
using ClinicalNer.Runtime;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Corpora;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Sample.Taggings;

/// <summary>
/// A stand-in for a trained model: gold tags corrupted the way <see cref="SyntheticTagging"/> corrupts its predictions
/// (entities missed, retyped, made longer or shorter, begun with <c>I-</c>, split by a wrong type; spurious entities
/// and single flipped labels), seeded. It lets the metrics be compared on real notes without training anything.
/// </summary>
public static class NoisyTagger
{
    /// <summary>A noisy prediction of each sentence in <paramref name="gold"/>: same tokens, corrupted tags.</summary>
    /// <exception cref="ArgumentException">A tag is not one of the paper's 19 labels.</exception>
    public static ImmutableArray<Sentence> Predict(IEnumerable<Sentence> gold, long seed)
    {
        var random = new SeededRandom(seed);
        var labels = new List<int>();
        var predicted = ImmutableArray.CreateBuilder<Sentence>();
        foreach (var sentence in gold)
        {
            labels.Clear();
            foreach (string tag in sentence.Tags)
            {
                int id = SyntheticTagging.Labels.IndexOf(tag);
                labels.Add(id >= 0 ? id : throw new ArgumentException($"tag '{tag}' in document {sentence.DocumentId} at {sentence.Start} is not one of the paper's 19 labels", nameof(gold)));
            }
            SyntheticTagging.Perturb(random, labels);
            predicted.Add(sentence.WithTags([.. labels.Select(l => SyntheticTagging.Labels[l])]));
        }
        return predicted.ToImmutable();
    }

    /// <summary>
    /// Writes the entities decoded from <paramref name="predicted"/> (one sentence per sentence of
    /// <paramref name="corpus"/>, in its order) as brat files, note text included, so the n2c2 script can score them.
    /// </summary>
    /// <exception cref="ArgumentException">The predictions do not have one sentence per sentence of the corpus.</exception>
    public static void WriteBrat(TaggedCorpus corpus, IReadOnlyList<Sentence> predicted, string directory)
    {
        int total = corpus.Documents.Sum(d => d.Sentences.Length);
        if (predicted.Count != total)
            throw new ArgumentException($"{predicted.Count} predicted sentences for a corpus of {total}", nameof(predicted));
        Directory.CreateDirectory(directory);
        int next = 0;
        foreach (var document in corpus.Documents)
        {
            var sentences = predicted.Skip(next).Take(document.Sentences.Length);
            BratWriter.Write(BioDecoder.ToDocument(document.Document.Id, document.Document.Text, sentences), directory);
            next += document.Sentences.Length;
        }
    }
}
