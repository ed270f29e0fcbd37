using System.Text;
using ClinicalNer.Runtime;

namespace ClinicalNer.Corpus;

/// <summary>Writes documents as brat standoff pairs (<c>ID.txt</c> + <c>ID.ann</c>), UTF-8 without BOM, LF line ends in the .ann.</summary>
public static class BratWriter
{
    /// <summary>The .ann content: T lines, then R lines, then the other lines verbatim.</summary>
    public static string FormatAnnotations(Document document)
    {
        var sb = new StringBuilder();
        foreach (var e in document.Entities)
            sb.Append(e.Id).Append('\t').Append(e.Type).Append(' ')
              .AppendJoin(';', e.Fragments.Select(f => f.ToString()))
              .Append('\t').Append(e.Text).Append('\n');
        foreach (var r in document.Relations)
            sb.Append(r.Id).Append('\t').Append(r.Type).Append(' ')
              .Append(r.Arg1Role).Append(':').Append(r.Arg1).Append(' ')
              .Append(r.Arg2Role).Append(':').Append(r.Arg2).Append('\n');
        foreach (var a in document.OtherAnnotations)
            sb.Append(a.Line).Append('\n');
        return sb.ToString();
    }

    /// <summary>
    /// Writes <c>ID.txt</c> (unless <paramref name="writeText"/> is false) and <c>ID.ann</c> into <paramref name="directory"/>,
    /// each whole or not at all (<see cref="AtomicFile"/>): a write cut short by a full disk must not leave an empty
    /// <c>.ann</c>, which would read as a note without entities.
    /// </summary>
    public static void Write(Document document, string directory, bool writeText = true)
    {
        if (writeText) AtomicFile.WriteAllText(Path.Combine(directory, document.Id + ".txt"), document.Text);
        AtomicFile.WriteAllText(Path.Combine(directory, document.Id + ".ann"), FormatAnnotations(document));
    }
}
