using System.Text;
using ClinicalNer.Runtime;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.Conll;

/// <summary>Writes tagged sentences as CoNLL: one token per line, a blank line after each sentence, UTF-8, LF.</summary>
public static class ConllWriter
{
    /// <summary>
    /// Writes <paramref name="sentences"/> (IOB2) to <paramref name="path"/> in <paramref name="scheme"/>
    /// (atomically: see <see cref="AtomicFile"/>).
    /// </summary>
    public static void Write(string path, IEnumerable<Sentence> sentences, ConllFormat format, TagScheme scheme = TagScheme.Iob2) =>
        AtomicFile.Write(path, temporary =>
        {
            using var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)) { NewLine = "\n" };
            Write(writer, sentences, format, scheme);
        });

    /// <summary>Writes <paramref name="sentences"/> (IOB2) to <paramref name="writer"/> in <paramref name="scheme"/>.</summary>
    public static void Write(TextWriter writer, IEnumerable<Sentence> sentences, ConllFormat format, TagScheme scheme = TagScheme.Iob2)
    {
        foreach (var written in sentences)
        {
            if (!written.IsTagged) throw new ArgumentException($"sentence at {written.DocumentId}:{written.Start} has no tags");
            var sentence = scheme == TagScheme.Iob2 ? written : written.WithTags(TagSchemes.Convert(written.Tags, TagScheme.Iob2, scheme));
            for (int i = 0; i < sentence.Tokens.Length; i++)
            {
                var token = sentence.Tokens[i];
                if (token.Text.Length == 0 || token.Text.Any(char.IsWhiteSpace))
                    throw new ArgumentException($"token '{token.Text}' at {sentence.DocumentId}:{token.Start} is empty or holds whitespace, which CoNLL cannot represent");
                writer.Write(token.Text);
                writer.Write(' ');
                if (format == ConllFormat.NeuroNer)
                {
                    if (!token.HasOffsets) throw new ArgumentException($"token '{token.Text}' has no offsets for the NeuroNER format");
                    writer.Write($"{sentence.DocumentId} {token.Start} {token.End} ");
                }
                writer.Write(sentence.Tags[i]);
                writer.Write('\n');
            }
            writer.Write('\n');
        }
    }
}
