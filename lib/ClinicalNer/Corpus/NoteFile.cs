namespace ClinicalNer.Corpus;

/// <summary>
/// A raw note as <c>predict</c> reads it: its exact bytes, which are copied beside the predictions unchanged, and its
/// text, decoded as strict UTF-8 as every other verb decodes notes. A note that is not UTF-8, or a binary file (one
/// with a NUL byte, which no clinical note holds), is refused rather than tagged, so that no copy ever differs from
/// its input (a lenient decoder would turn a Latin-1 <c>é</c> into U+FFFD).
/// </summary>
/// <param name="Path">The note's file.</param>
/// <param name="Bytes">Its content as stored.</param>
/// <param name="Text">Its text (without a leading BOM, as <see cref="BratReader"/> counts offsets).</param>
public sealed record NoteFile(string Path, byte[] Bytes, string Text)
{
    /// <summary>Reads the note at <paramref name="path"/>.</summary>
    /// <exception cref="CorpusFormatException">The file is binary or not valid UTF-8 (names file and byte offset).</exception>
    public static NoteFile Read(string path)
    {
        var bytes = Runtime.InputFile.ReadAllBytes(path);
        int nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0) throw new CorpusFormatException(path, 0, $"a binary file, not a note: NUL byte at byte {nul}");
        return new NoteFile(path, bytes, BratReader.DecodeUtf8(path, bytes));
    }
}
