using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders;

/// <summary>
/// A character CNN over each position's word (Ma and Hovy 2016; Lample et al. 2016 use a character BiLSTM to the
/// same end): character embeddings, one convolution of width 3 (<c>conv.weight</c> [filters, embedding x width],
/// the window's characters side by side), and a max over the word's characters. It gives a
/// model trained from scratch the spelling of words it has rarely seen (suffixes such as <c>-itis</c>, capitals,
/// digits), which a sub-token embedding learned from a few thousand sentences cannot.
/// </summary>
/// <remarks>
/// Characters need no vocabulary file: code point <c>c</c> has id <c>1 + c mod 1023</c> (0 pads), so every code
/// point below 1023 (ASCII, Latin-1, Greek) has an id of its own and rarer ones share. Words keep at most
/// <see cref="MaxCharacters"/> characters: their first and last halves of that, where prefixes and suffixes are.
/// </remarks>
public sealed class CharacterCnn : nn.Module<Tensor, Tensor>
{
    /// <summary>Character ids (0 is padding).</summary>
    public const int Buckets = 1024;

    /// <summary>Characters kept per word.</summary>
    public const int MaxCharacters = 20;

    /// <summary>Width of a character embedding (Lample et al.: 25).</summary>
    public const int EmbeddingSize = 24;

    /// <summary>Output features per word where a model does not choose (Lample et al.: 50).</summary>
    public const int DefaultFilters = 50;

    /// <summary>Convolution width, in characters.</summary>
    public const int KernelSize = 3;

#pragma warning disable IDE1006 // field names are the state-dict keys
    readonly Embedding embeddings;
    readonly Linear conv;
#pragma warning restore IDE1006

    /// <summary>Number of output features per word.</summary>
    public int Filters { get; }

    /// <summary>Creates the module.</summary>
    /// <param name="filters">Output features per word.</param>
    /// <param name="device">Where the weights live.</param>
    public CharacterCnn(int filters, Device? device = null) : base(nameof(CharacterCnn))
    {
        if (filters <= 0) throw new ArgumentException($"character filters must be positive, not {filters}", nameof(filters));
        Filters = filters;
        embeddings = nn.Embedding(Buckets, EmbeddingSize, padding_idx: 0, device: device);
        // The convolution as a linear map of each window of characters: libtorch 2.10's CPU Conv1d gave wrong
        // float32 results for batches of more than one word on the machines tried here (CharacterCnnTests checks).
        conv = nn.Linear(EmbeddingSize * KernelSize, filters, device: device);
        RegisterComponents();
    }

    /// <summary>Zeroes the padding character's embedding (after an initialisation that drew it), as padding_idx does at creation.</summary>
    internal void ZeroPadding() => HfInit.ZeroRow(embeddings, 0);

    /// <summary>The character ids of <paramref name="word"/>: at most <see cref="MaxCharacters"/>, each in [1, <see cref="Buckets"/>).</summary>
    public static int[] Ids(string word)
    {
        var codePoints = new List<int>(word.Length);
        foreach (var rune in word.EnumerateRunes()) codePoints.Add(1 + rune.Value % (Buckets - 1));
        if (codePoints.Count <= MaxCharacters) return [.. codePoints];
        int head = MaxCharacters / 2;
        return [.. codePoints.Take(head), .. codePoints.TakeLast(MaxCharacters - head)];
    }

    /// <summary>
    /// [B, T, C] character ids of each position's word (0-padded; a row of zeros for padding and special tokens) ->
    /// [B, T, filters]; zeros where a position has no characters. Padding characters never win the max, so a word's
    /// features do not depend on the batch it is in.
    /// </summary>
    public override Tensor forward(Tensor characters)
    {
        using var scope = NewDisposeScope();
        long b = characters.shape[0], t = characters.shape[1], c = characters.shape[2];
        var flat = characters.reshape(b * t, c); // [B*T, C]
        // Scalars held in variables: an implicit one can be collected while the native call still reads it (seen here
        // as "Unknown scalar type" from ne and "Expected false to be true" from masked_fill, after thousands of batches).
        using var padding = 0L.ToScalar();
        using var minusInfinity = float.NegativeInfinity.ToScalar();
        using var zero = 0f.ToScalar();
        var present = flat.ne(padding); // [B*T, C]
        int half = KernelSize / 2;
        var padded = nn.functional.pad(embeddings.call(flat), [0, 0, half, half]); // [B*T, C + 2 half, E]: zero characters beyond each end
        var windows = padded.unfold(1, KernelSize, 1).reshape(b * t, c, EmbeddingSize * KernelSize); // [B*T, C, E, K] -> [B*T, C, E*K]
        var features = conv.call(windows); // [B*T, C, F]
        features = features.masked_fill(present.logical_not().unsqueeze(2), minusInfinity);
        var pooled = features.amax([1L]); // [B*T, F]
        pooled = pooled.masked_fill(present.any(1L).logical_not().unsqueeze(1), zero);
        return pooled.reshape(b, t, Filters).MoveToOuterDisposeScope();
    }
}
