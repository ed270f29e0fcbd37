using System.Text;

namespace ClinicalNer.Text;

/// <summary>Writes tagged sentences as CoNLL: one token per line, a blank line after each sentence, UTF-8, LF.</summary>
public static class ConllWriter
{
    /// <summary>Writes <paramref name="sentences"/> to <paramref name="path"/> (atomically: a temporary file is renamed).</summary>
    public static void Write(string path, IEnumerable<Sentence> sentences, ConllFormat format)
    {
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)) { NewLine = "\n" })
            Write(writer, sentences, format);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Writes <paramref name="sentences"/> to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, IEnumerable<Sentence> sentences, ConllFormat format)
    {
        foreach (var sentence in sentences)
        {
            if (!sentence.IsTagged) throw new ArgumentException($"sentence at {sentence.DocumentId}:{sentence.Start} has no tags");
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
