using ClinicalNer.Text.Corpora;

namespace ClinicalNer.Corpus;

/// <summary>
/// The first notes (in ordinal file-name order) of a brat corpus's <c>train/</c> and <c>test/</c> folders, copied into
/// a new corpus folder: a corpus small enough to train a <c>tiny</c> model on in seconds, for notebooks and tests.
/// </summary>
public static class CorpusSubset
{
    /// <summary>Copies <paramref name="trainNotes"/> training and <paramref name="testNotes"/> test notes (each <c>.txt</c> with its <c>.ann</c>).</summary>
    /// <param name="source">A brat corpus folder with <c>train/</c> and <c>test/</c>.</param>
    /// <param name="target">The new corpus folder; must not exist yet.</param>
    /// <param name="trainNotes">Training notes to copy.</param>
    /// <param name="testNotes">Test notes to copy.</param>
    /// <returns>The full path of <paramref name="target"/>.</returns>
    /// <exception cref="IOException"><paramref name="target"/> exists.</exception>
    /// <exception cref="DirectoryNotFoundException">A split folder of <paramref name="source"/> is missing.</exception>
    /// <exception cref="FileNotFoundException">A note's <c>.ann</c> is missing.</exception>
    /// <exception cref="ArgumentException">A split has fewer notes than asked for, or a count is below 1.</exception>
    public static string Copy(string source, string target, int trainNotes, int testNotes)
    {
        if (trainNotes < 1 || testNotes < 1) throw new ArgumentException($"a subset needs at least one note per split, not {trainNotes} and {testNotes}");
        target = Path.GetFullPath(target);
        if (Directory.Exists(target) || File.Exists(target)) throw new IOException($"{target}: already exists");
        foreach (var (part, count) in new (Func<string, string> Folder, int Count)[] { (CorpusSplits.TrainFolder, trainNotes), (CorpusSplits.TestFolder, testNotes) })
        {
            var from = part(source);
            if (!Directory.Exists(from)) throw new DirectoryNotFoundException($"{from}: no such corpus folder");
            var notes = Directory.GetFiles(from, "*.txt").Order(StringComparer.Ordinal).ToArray();
            if (notes.Length < count) throw new ArgumentException($"{from}: {notes.Length} notes, fewer than the {count} asked for");
            var to = Directory.CreateDirectory(part(target)).FullName;
            foreach (var txt in notes.AsSpan(0, count))
            {
                var ann = Path.ChangeExtension(txt, ".ann");
                if (!File.Exists(ann)) throw new FileNotFoundException($"{ann}: the annotations of {Path.GetFileName(txt)} are missing", ann);
                File.Copy(txt, Path.Combine(to, Path.GetFileName(txt)));
                File.Copy(ann, Path.Combine(to, Path.GetFileName(ann)));
            }
        }
        return target;
    }
}
