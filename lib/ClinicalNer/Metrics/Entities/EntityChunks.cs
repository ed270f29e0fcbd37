using System.Collections.Immutable;

namespace ClinicalNer.Metrics.Entities;

/// <summary>
/// The entities of both sides of a pair, chunked once from int-coded tags as seqeval does: the strict IOB2 mode
/// (a <c>B-X</c> and the <c>I-X</c> run after it; a stray <c>I-X</c> is no entity) or the default conlleval-style
/// mode (any <c>I-X</c> after <c>O</c> or after another type opens a chunk). Entities never cross sentences.
/// </summary>
internal sealed class EntityChunks
{
    const byte Outside = 0, Begin = 1, Inside = 2;

    EntityChunks(string[] types, List<Chunk> gold, List<Chunk> predicted)
    {
        Types = types;
        Gold = gold;
        Predicted = predicted;
    }

    /// <summary>Type names by type id.</summary>
    public string[] Types { get; }

    /// <summary>Gold entities in text order.</summary>
    public List<Chunk> Gold { get; }

    /// <summary>Predicted entities in text order.</summary>
    public List<Chunk> Predicted { get; }

    /// <summary>Chunks both sides of <paramref name="pair"/> after applying <paramref name="typeMap"/>.</summary>
    public static EntityChunks Extract(TaggedPair pair, bool strict, ImmutableDictionary<string, string> typeMap)
    {
        var space = LabelSpace.Build(pair.Labels, ScoreUnit.Subtoken, typeMap);
        var prefixOf = new byte[pair.Labels.Count];  // [label id] -> Outside, Begin or Inside
        var typeOf = new int[pair.Labels.Count];     // [label id] -> type id, -1 for O
        var types = new List<string>();
        for (int id = 0; id < pair.Labels.Count; id++)
        {
            string label = space.Names[space.ClassOf[id]];
            if (label == "O")
            {
                prefixOf[id] = Outside;
                typeOf[id] = -1;
                continue;
            }
            prefixOf[id] = label[0] == 'B' ? Begin : Inside;
            string type = label[2..];
            int t = types.IndexOf(type);
            if (t < 0)
            {
                t = types.Count;
                types.Add(type);
            }
            typeOf[id] = t;
        }
        var gold = Chunk(pair.Gold, pair.SentenceStarts, prefixOf, typeOf, strict);
        var predicted = Chunk(pair.Predicted, pair.SentenceStarts, prefixOf, typeOf, strict);
        return new EntityChunks([.. types], gold, predicted);
    }

    /// <summary>True positives (same start, end and type), predicted and gold entities per type, for the types found on either side, sorted by name.</summary>
    public ClassCounts Count()
    {
        int n = Types.Length;
        var tp = new long[n];
        var predicted = new long[n];
        var gold = new long[n];
        foreach (var c in Gold) gold[c.Type]++;
        foreach (var c in Predicted) predicted[c.Type]++;
        ForEachMatch((g, _) => tp[g.Type]++);
        var order = Enumerable.Range(0, n).Where(t => gold[t] + predicted[t] > 0)
                              .OrderBy(t => Types[t], StringComparer.Ordinal).ToArray();
        return new ClassCounts([.. order.Select(t => Types[t])], [.. order.Select(t => tp[t])],
                               [.. order.Select(t => predicted[t])], [.. order.Select(t => gold[t])]);
    }

    /// <summary>Calls <paramref name="match"/> for each gold entity that the prediction holds exactly (same span and type).</summary>
    public void ForEachMatch(Action<Chunk, Chunk> match)
    {
        // Within one side chunks are disjoint and in text order, so starts strictly increase: a merge finds the equal ones.
        int i = 0, j = 0;
        while (i < Gold.Count && j < Predicted.Count)
        {
            var g = Gold[i];
            var p = Predicted[j];
            if (g.Start < p.Start) i++;
            else if (p.Start < g.Start) j++;
            else
            {
                if (g == p) match(g, p);
                i++;
                j++;
            }
        }
    }

    static List<Chunk> Chunk(int[] labels, int[] sentenceStarts, byte[] prefixOf, int[] typeOf, bool strict)
    {
        var chunks = new List<Chunk>(labels.Length / 8 + 16);
        for (int s = 0; s + 1 < sentenceStarts.Length; s++)
        {
            var sentence = labels.AsSpan(sentenceStarts[s], sentenceStarts[s + 1] - sentenceStarts[s]);
            if (strict) ChunkStrict(sentence, sentenceStarts[s], prefixOf, typeOf, chunks);
            else ChunkDefault(sentence, sentenceStarts[s], prefixOf, typeOf, chunks);
        }
        return chunks;
    }

    /// <summary>seqeval strict mode, IOB2: an entity is a <c>B-X</c> followed by the longest run of <c>I-X</c>.</summary>
    static void ChunkStrict(ReadOnlySpan<int> sentence, int offset, byte[] prefixOf, int[] typeOf, List<Chunk> chunks)
    {
        int begin = -1, type = -1;
        for (int i = 0; i < sentence.Length; i++)
        {
            int label = sentence[i];
            byte prefix = prefixOf[label];
            if (begin >= 0)
            {
                if (prefix == Inside && typeOf[label] == type) continue;
                chunks.Add(new Chunk(offset + begin, offset + i, type));
                begin = -1;
            }
            if (prefix == Begin)
            {
                begin = i;
                type = typeOf[label];
            }
        }
        if (begin >= 0) chunks.Add(new Chunk(offset + begin, offset + sentence.Length, type));
    }

    /// <summary>
    /// seqeval default mode (conlleval's rules restricted to B/I/O), with an <c>O</c> after the sentence: a chunk ends
    /// before <c>B</c> or <c>O</c> and before a change of type; one starts at <c>B</c>, at <c>I</c> after <c>O</c>, and
    /// at any tag whose type differs from the previous one.
    /// </summary>
    static void ChunkDefault(ReadOnlySpan<int> sentence, int offset, byte[] prefixOf, int[] typeOf, List<Chunk> chunks)
    {
        byte previous = Outside;
        int previousType = -1, begin = 0;
        for (int i = 0; i <= sentence.Length; i++)
        {
            byte prefix = i < sentence.Length ? prefixOf[sentence[i]] : Outside;
            int type = i < sentence.Length ? typeOf[sentence[i]] : -1;
            if (previous != Outside && (prefix != Inside || previousType != type))
                chunks.Add(new Chunk(offset + begin, offset + i, previousType));
            if (prefix == Begin || (prefix == Inside && (previous == Outside || previousType != type)))
                begin = i;
            previous = prefix;
            previousType = type;
        }
    }
}
