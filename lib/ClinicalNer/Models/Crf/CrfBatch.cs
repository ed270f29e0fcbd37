using static TorchSharp.torch;

namespace ClinicalNer.Models.Crf;

/// <summary>
/// A batch as the array kernels see it: sequence lengths from the mask, gold tags (when scoring), and, once
/// <see cref="LoadEmissions"/> has run, the emissions in double precision with each row padded to the SIMD width.
/// </summary>
internal sealed class CrfBatch
{
    /// <summary>Batch size B.</summary>
    public int Size { get; }

    /// <summary>Padded sequence length T.</summary>
    public int Length { get; }

    /// <summary>Number of tags K.</summary>
    public int Tags { get; }

    /// <summary>K rounded up to the SIMD width.</summary>
    public int Padded { get; }

    /// <summary>True length of each sequence [B] (the mask's prefix of ones).</summary>
    public int[] Lengths { get; }

    /// <summary>Gold tag ids [B, T], or null when decoding; positions past a sequence's length are never read.</summary>
    public int[]? Gold { get; }

    /// <summary>Emissions [B, T, Padded], pad lanes 0; set by <see cref="LoadEmissions"/>.</summary>
    public double[] Emissions { get; private set; } = [];

    /// <summary>Unmasked positions over the batch.</summary>
    public long Positions => Lengths.Sum(l => (long)l);

    CrfBatch(int size, int length, int tags, int[] lengths, int[]? gold)
    {
        Size = size;
        Length = length;
        Tags = tags;
        Padded = PaddedVector.PaddedLength(tags);
        Lengths = lengths;
        Gold = gold;
    }

    /// <summary>Validates shapes as pytorch-crf does and reads the mask (and tags, if given) to the host.</summary>
    /// <param name="emissions">[B, T, K] scores.</param>
    /// <param name="tags">[B, T] gold tag ids, or null.</param>
    /// <param name="mask">[B, T] bool, ones then zeros in each row, first column all ones; null means all ones.</param>
    /// <param name="tagCount">K, the CRF's number of tags.</param>
    public static CrfBatch Create(Tensor emissions, Tensor? tags, Tensor? mask, int tagCount)
    {
        if (emissions.dim() != 3)
            throw new ArgumentException($"emissions must have dimension of 3, got {emissions.dim()}", nameof(emissions));
        if (emissions.shape[2] != tagCount)
            throw new ArgumentException($"expected last dimension of emissions is {tagCount}, got {emissions.shape[2]}", nameof(emissions));
        var (size, length) = ((int)emissions.shape[0], (int)emissions.shape[1]);
        if (length == 0) throw new ArgumentException("emissions must have at least one timestep", nameof(emissions));
        if (tags is not null && !SameBatchShape(tags, size, length))
            throw new ArgumentException($"the first two dimensions of emissions and tags must match, got ({size}, {length}) and ({string.Join(", ", tags.shape)})", nameof(tags));
        if (mask is not null && !SameBatchShape(mask, size, length))
            throw new ArgumentException($"the first two dimensions of emissions and mask must match, got ({size}, {length}) and ({string.Join(", ", mask.shape)})", nameof(mask));

        var lengths = mask is null ? Enumerable.Repeat(length, size).ToArray() : PrefixLengths(HostTensor.ToLongs(mask), size, length);
        var gold = tags is null ? null : GoldTags(HostTensor.ToLongs(tags), lengths, length, tagCount);
        return new CrfBatch(size, length, tagCount, lengths, gold);
    }

    /// <summary>Copies the emissions [B, T, K] into <see cref="Emissions"/> [B, T, Padded] in double precision.</summary>
    public void LoadEmissions(Tensor emissions) => Emissions = HostTensor.ToPaddedRows(emissions, Padded);

    /// <summary>Emission row of sequence b at time t, padded.</summary>
    public ReadOnlySpan<double> EmissionRow(int b, int t) => Emissions.AsSpan((b * Length + t) * Padded, Padded);

    /// <summary>Gold tag of sequence b at time t.</summary>
    public int GoldTag(int b, int t) => Gold![b * Length + t];

    static bool SameBatchShape(Tensor t, int size, int length) => t.dim() == 2 && t.shape[0] == size && t.shape[1] == length;

    static int[] PrefixLengths(long[] mask, int size, int length)
    {
        var lengths = new int[size];
        for (var b = 0; b < size; b++)
        {
            var row = mask.AsSpan(b * length, length);
            if (row[0] == 0) throw new ArgumentException("mask of the first timestep must all be on", nameof(mask));
            var n = row.IndexOf(0L);
            n = n < 0 ? length : n;
            if (row[n..].ContainsAnyExcept(0L))
                throw new ArgumentException($"mask of sequence {b} has a hole: ones must come first, then only zeros", nameof(mask));
            lengths[b] = n;
        }
        return lengths;
    }

    static int[] GoldTags(long[] tags, int[] lengths, int length, int tagCount)
    {
        var gold = new int[tags.Length];
        for (var b = 0; b < lengths.Length; b++)
            for (var t = 0; t < lengths[b]; t++)
            {
                var tag = tags[b * length + t];
                if (tag < 0 || tag >= tagCount)
                    throw new ArgumentException($"tag {tag} of sequence {b} at position {t} is outside 0..{tagCount - 1}", nameof(tags));
                gold[b * length + t] = (int)tag;
            }
        return gold;
    }
}
