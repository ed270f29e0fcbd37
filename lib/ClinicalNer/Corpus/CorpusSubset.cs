using ClinicalNer.Text.Corpora;

namespace ClinicalNer.Corpus;

/// <summary>
/// The start of a corpus copied into a new corpus folder: a corpus small enough to train a model on in seconds or
/// minutes, for notebooks and tests. Of a brat corpus it copies the first notes (in ordinal file-name order) of
/// <c>train/</c> and <c>test/</c>; of a CoNLL corpus the first sentences of <c>train.txt</c>, <c>valid.txt</c> (when
/// there is one) and <c>test.txt</c>, byte for byte.
/// </summary>
public static class CorpusSubset
{
    /// <summary>Copies the first <paramref name="train"/> training and <paramref name="test"/> test units of <paramref name="source"/>.</summary>
    /// <param name="source">A brat corpus folder with <c>train/</c> and <c>test/</c>, or a CoNLL one with <c>train.txt</c> and <c>test.txt</c>.</param>
    /// <param name="target">The new corpus folder; must not exist yet.</param>
    /// <param name="train">Training notes (brat) or sentences (CoNLL) to copy.</param>
    /// <param name="test">Test notes or sentences to copy; a CoNLL corpus's <c>valid.txt</c> keeps as many sentences (or all it has).</param>
    /// <returns>The full path of <paramref name="target"/>.</returns>
    /// <exception cref="IOException"><paramref name="target"/> exists.</exception>
    /// <exception cref="DirectoryNotFoundException">A split folder of a brat <paramref name="source"/> is missing, or neither layout is there.</exception>
    /// <exception cref="FileNotFoundException">A note's <c>.ann</c> or a CoNLL split file is missing.</exception>
    /// <exception cref="ArgumentException">A split has fewer notes or sentences than asked for, or a count is below 1.</exception>
    public static string Copy(string source, string target, int train, int test)
    {
        if (train < 1 || test < 1) throw new ArgumentException($"a subset needs at least one note or sentence per split, not {train} and {test}");
        target = Path.GetFullPath(target);
        if (Directory.Exists(target) || File.Exists(target)) throw new IOException($"{target}: already exists");
        if (CorpusSplits.IsBrat(source)) CopyNotes(source, target, train, test);
        else if (File.Exists(Path.Combine(source, "train.txt"))) CopySentences(source, target, train, test);
        else throw new DirectoryNotFoundException($"{source}: no corpus (expected brat folders train/ and test/, or CoNLL files train.txt and test.txt)");
        return target;
    }

    static void CopyNotes(string source, string target, int train, int test)
    {
        foreach (var (part, count) in new (Func<string, string> Folder, int Count)[] { (CorpusSplits.TrainFolder, train), (CorpusSplits.TestFolder, test) })
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
    }

    static void CopySentences(string source, string target, int train, int test)
    {
        var parts = new List<(string File, string Text)>();
        foreach (var (file, count, required) in new[] { ("train.txt", train, true), ("valid.txt", test, false), ("test.txt", test, true) })
        {
            var from = Path.Combine(source, file);
            if (!File.Exists(from))
            {
                if (required) throw new FileNotFoundException($"{from}: no such CoNLL split file", from);
                continue;
            }
            var (text, found) = FirstSentences(File.ReadAllText(from), count);
            if (required && found < count) throw new ArgumentException($"{from}: {found} sentences, fewer than the {count} asked for");
            parts.Add((file, text));
        }
        Directory.CreateDirectory(target);
        foreach (var (file, text) in parts) File.WriteAllText(Path.Combine(target, file), text);
    }

    /// <summary>The text up to and including the blank line that ends sentence <paramref name="count"/>, and the sentences in it.</summary>
    static (string Text, int Sentences) FirstSentences(string content, int count)
    {
        int sentences = 0, position = 0;
        bool inSentence = false;
        while (position < content.Length)
        {
            int end = content.IndexOf('\n', position);
            end = end < 0 ? content.Length : end + 1;
            bool blank = content.AsSpan(position, end - position).IsWhiteSpace();
            if (!blank) inSentence = true;
            else if (inSentence)
            {
                inSentence = false;
                if (++sentences == count) return (content[..end], sentences);
            }
            position = end;
        }
        return (content, sentences + (inSentence ? 1 : 0));
    }
}
