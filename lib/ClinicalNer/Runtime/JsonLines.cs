using System.Collections.Immutable;
using System.Text.Json;

namespace ClinicalNer.Runtime;

/// <summary>
/// Writes and reads JSON Lines files (one record per line, blank lines ignored on reading) through the same record type,
/// naming the file and line of a bad record.
/// </summary>
public static class JsonLines
{
    /// <summary>The records of <paramref name="path"/> (none when it does not exist).</summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What a record is, for errors (<c>an epoch record</c>).</param>
    /// <exception cref="InvalidDataException">A line is not such a record (<c>FILE:LINE: not an epoch record (...)</c>).</exception>
    public static ImmutableArray<T> Read<T>(string path, string what)
    {
        if (!File.Exists(path)) return [];
        var records = ImmutableArray.CreateBuilder<T>();
        int number = 0;
        foreach (var line in InputFile.ReadAllLines(path))
        {
            number++;
            if (line.Length == 0) continue;
            try
            {
                records.Add(JsonSerializer.Deserialize<T>(line) ?? throw new JsonException("null record"));
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{number}: not {what} ({e.Message})", e);
            }
        }
        return records.ToImmutable();
    }

    /// <summary>The text of <paramref name="records"/> as JSON Lines: each record serialized on one line, each line ended by <c>\n</c>.</summary>
    public static string Format<T>(IEnumerable<T> records) => string.Concat(records.Select(r => JsonSerializer.Serialize(r) + "\n"));
}
