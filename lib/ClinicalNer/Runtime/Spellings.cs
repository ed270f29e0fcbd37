using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClinicalNer.Runtime;

/// <summary>
/// The one spelling of each value of a setting (<c>transformer-crf</c>, <c>window</c>), as the command line,
/// <c>config.json</c> and messages write it. Settings are enums in the library and strings only at its edges: text is
/// parsed here, and an unknown value is refused with the list of known ones rather than silently taken for a default.
/// </summary>
/// <typeparam name="T">The setting's enum.</typeparam>
public sealed class Spellings<T> where T : struct, Enum
{
    readonly (T Value, string Name)[] _pairs;

    /// <summary>The spellings of <paramref name="setting"/> (singular and plural, as messages name it), one per value.</summary>
    /// <exception cref="ArgumentException">A value of <typeparamref name="T"/> without a spelling.</exception>
    public Spellings(string setting, string plural, params (T Value, string Name)[] pairs)
    {
        foreach (var value in Enum.GetValues<T>())
            if (!pairs.Any(p => p.Value.Equals(value))) throw new ArgumentException($"{typeof(T).Name}.{value} has no spelling");
        (Setting, Plural, _pairs) = (setting, plural, pairs);
        Json = new Converter(this);
    }

    /// <summary>What the setting is called in messages (<c>model</c>).</summary>
    public string Setting { get; }

    /// <summary>Its plural (<c>models</c>).</summary>
    public string Plural { get; }

    /// <summary>Every spelling, in the enum's order.</summary>
    public IReadOnlyList<string> Names => [.. _pairs.Select(p => p.Name)];

    /// <summary>The spelling of <paramref name="value"/>.</summary>
    public string Name(T value) => _pairs.First(p => p.Value.Equals(value)).Name;

    /// <summary>The value spelled <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No value is spelled so; the message lists the spellings.</exception>
    public T Parse(string name) =>
        _pairs.FirstOrDefault(p => p.Name == name) is { Name: not null } pair
            ? pair.Value
            : throw new ArgumentException($"unknown {Setting} '{name}'; {Plural}: {string.Join(", ", Names)}");

    /// <summary>Reads and writes the setting as its spelling in JSON (an unknown spelling is a <see cref="JsonException"/>).</summary>
    public JsonConverter<T> Json { get; }

    sealed class Converter(Spellings<T> spellings) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString() ?? throw new JsonException($"{spellings.Setting}: null");
            try
            {
                return spellings.Parse(text);
            }
            catch (ArgumentException e)
            {
                throw new JsonException(e.Message, e);
            }
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(spellings.Name(value));
    }
}
