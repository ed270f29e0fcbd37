using System.Collections.Immutable;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.WordPiece;

/// <summary>
/// The merge loop of byte-pair encoding over counted words: each word is a sequence of token ids, pair
/// frequencies are kept up to date incrementally, and a priority queue yields the most frequent pair.
/// </summary>
/// <remarks>
/// Queue entries are snapshots: an entry whose count no longer matches is re-queued with the current count
/// (counts only fall for pairs not holding the new token, and pairs holding it are queued afresh after each
/// merge), so the pair taken is always the true maximum.
/// </remarks>
internal sealed class BpeMerger
{
    readonly string _prefix;
    readonly List<string> _tokens = [];
    readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    readonly List<int[]> _words = [];
    readonly List<int> _lengths = [];
    readonly List<long> _counts = [];
    readonly Dictionary<long, long> _pairCounts = [];
    readonly Dictionary<long, HashSet<int>> _pairWords = [];

    /// <summary>Starts a vocabulary with <paramref name="specialTokens"/>; <paramref name="prefix"/> marks continuation pieces.</summary>
    public BpeMerger(IEnumerable<string> specialTokens, string prefix)
    {
        _prefix = prefix;
        foreach (var token in specialTokens) Intern(token);
    }

    /// <summary>The vocabulary so far, in id order.</summary>
    public IReadOnlyList<string> Tokens => _tokens;

    /// <summary>The id of <paramref name="token"/>, added to the vocabulary when new.</summary>
    public int Intern(string token)
    {
        if (_ids.TryGetValue(token, out int id)) return id;
        _ids.Add(token, _tokens.Count);
        _tokens.Add(token);
        return _tokens.Count - 1;
    }

    /// <summary>
    /// The word as single-character pieces (the first alone, the others as continuations), or null when it holds
    /// a character of <paramref name="leftOut"/>.
    /// </summary>
    public int[]? Spell(string word, HashSet<string> leftOut)
    {
        var pieces = new List<int>(word.Length);
        foreach (var rune in word.EnumerateRunes())
        {
            var c = rune.ToString();
            if (leftOut.Contains(c)) return null;
            pieces.Add(_ids[pieces.Count == 0 ? c : _prefix + c]);
        }
        return [.. pieces];
    }

    /// <summary>Adds a word seen <paramref name="count"/> times, spelled as <paramref name="pieces"/>.</summary>
    public void AddWord(int[] pieces, long count)
    {
        int w = _words.Count;
        _words.Add(pieces);
        _lengths.Add(pieces.Length);
        _counts.Add(count);
        for (int i = 0; i + 1 < pieces.Length; i++)
            Count(Pair(pieces[i], pieces[i + 1]), count, w);
    }

    /// <summary>
    /// Merges the most frequent pair until the vocabulary holds <paramref name="vocabSize"/> tokens or no pair is
    /// seen <paramref name="minFrequency"/> times, and returns the merges in order.
    /// </summary>
    public ImmutableArray<WordPieceMerge> Merge(int vocabSize, int minFrequency)
    {
        var queue = new PriorityQueue<long, (long Count, long Pair)>(new MergeOrder(_tokens));
        foreach (var (pair, count) in _pairCounts) queue.Enqueue(pair, (count, pair));
        var merges = ImmutableArray.CreateBuilder<WordPieceMerge>();
        var touched = new HashSet<long>();
        while (_tokens.Count < vocabSize && queue.TryDequeue(out long pair, out var entry))
        {
            long current = _pairCounts.GetValueOrDefault(pair);
            if (current != entry.Count)
            {
                if (current > 0) queue.Enqueue(pair, (current, pair));
                continue;
            }
            if (current < minFrequency) break;

            var (left, right) = (Left(pair), Right(pair));
            var merged = _tokens[left] + _tokens[right][_prefix.Length..];
            int id = Intern(merged);
            merges.Add(new WordPieceMerge(_tokens[left], _tokens[right], merged, current));

            touched.Clear();
            foreach (int w in _pairWords[pair]) Rewrite(w, left, right, id, touched);
            _pairWords.Remove(pair);
            foreach (long p in touched)
                if (_pairCounts.TryGetValue(p, out long c)) queue.Enqueue(p, (c, p));
        }
        return merges.ToImmutable();
    }

    /// <summary>Replaces each (left, right) of word <paramref name="w"/> by <paramref name="id"/>, left to right, updating pair counts.</summary>
    void Rewrite(int w, int left, int right, int id, HashSet<long> touched)
    {
        var s = _words[w];
        int n = _lengths[w];
        long count = _counts[w];
        if (!Holds(s.AsSpan(0, n), left, right)) return;

        for (int i = 0; i + 1 < n; i++) Count(Pair(s[i], s[i + 1]), -count, w);
        int kept = 0;
        for (int r = 0; r < n;)
        {
            if (r + 1 < n && s[r] == left && s[r + 1] == right) { s[kept++] = id; r += 2; }
            else s[kept++] = s[r++];
        }
        _lengths[w] = kept;
        for (int i = 0; i + 1 < kept; i++)
        {
            long p = Pair(s[i], s[i + 1]);
            Count(p, count, w);
            if (s[i] == id || s[i + 1] == id) touched.Add(p);
        }
    }

    static bool Holds(ReadOnlySpan<int> s, int left, int right)
    {
        for (int i = 0; i + 1 < s.Length; i++)
            if (s[i] == left && s[i + 1] == right) return true;
        return false;
    }

    void Count(long pair, long delta, int word)
    {
        long c = _pairCounts.GetValueOrDefault(pair) + delta;
        if (c == 0) _pairCounts.Remove(pair);
        else _pairCounts[pair] = c;
        if (delta > 0)
        {
            if (!_pairWords.TryGetValue(pair, out var words)) _pairWords[pair] = words = [];
            words.Add(word);
        }
    }

    static long Pair(int left, int right) => ((long)left << 32) | (uint)right;
    static int Left(long pair) => (int)(pair >> 32);
    static int Right(long pair) => (int)pair;

    /// <summary>Most frequent first; ties to the ordinally smaller (left, right) pair.</summary>
    sealed class MergeOrder(List<string> tokens) : IComparer<(long Count, long Pair)>
    {
        public int Compare((long Count, long Pair) x, (long Count, long Pair) y)
        {
            if (x.Count != y.Count) return y.Count.CompareTo(x.Count);
            int c = string.CompareOrdinal(tokens[Left(x.Pair)], tokens[Left(y.Pair)]);
            return c != 0 ? c : string.CompareOrdinal(tokens[Right(x.Pair)], tokens[Right(y.Pair)]);
        }
    }
}
