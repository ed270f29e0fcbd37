using System.Text.Json;
using System.Text.Json.Serialization;
using ClinicalNer.Runtime;

namespace ClinicalNer.Models.Encoders;

/// <summary>
/// How a from-scratch Transformer knows where each token is: Hugging Face's <c>position_embedding_type</c> (BERT's
/// config key, spelled as there), which the workbench also accepts in a DistilBERT-shaped <c>encoder.json</c>.
/// </summary>
[JsonConverter(typeof(PositionEmbeddingTypeJson))]
public enum PositionEmbeddingType
{
    /// <summary>A learned vector per absolute position, added to the token embeddings (BERT, DistilBERT, the paper).</summary>
    Absolute,

    /// <summary>
    /// No absolute positions: each attention score gets a learned term for the signed distance between query and key,
    /// <c>q_l · d(l - r)</c> (Shaw et al. 2018). A model trained from scratch on a few thousand sentences learns
    /// "the word before" once for all positions instead of once per position.
    /// </summary>
    RelativeKey,

    /// <summary>As <see cref="RelativeKey"/>, with the key's term <c>k_r · d(l - r)</c> as well (Huang et al. 2020).</summary>
    RelativeKeyQuery,
}

/// <summary>The spellings of <see cref="PositionEmbeddingType"/>: Hugging Face's, in <c>encoder.json</c> and on the command line.</summary>
public static class PositionEmbeddingTypes
{
    /// <summary><c>position_embedding_type</c> / <c>train --positions</c>.</summary>
    public static Spellings<PositionEmbeddingType> Spellings { get; } = new("position embedding type", "position embedding types",
        (PositionEmbeddingType.Absolute, "absolute"), (PositionEmbeddingType.RelativeKey, "relative_key"),
        (PositionEmbeddingType.RelativeKeyQuery, "relative_key_query"));

    /// <summary>The spelling of <paramref name="type"/> (<c>relative_key</c>).</summary>
    public static string Name(this PositionEmbeddingType type) => Spellings.Name(type);
}

/// <summary>Reads and writes <see cref="PositionEmbeddingType"/> as its spelling (an attribute needs a converter type).</summary>
sealed class PositionEmbeddingTypeJson : JsonConverter<PositionEmbeddingType>
{
    public override PositionEmbeddingType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PositionEmbeddingTypes.Spellings.Json.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, PositionEmbeddingType value, JsonSerializerOptions options) =>
        PositionEmbeddingTypes.Spellings.Json.Write(writer, value, options);
}
