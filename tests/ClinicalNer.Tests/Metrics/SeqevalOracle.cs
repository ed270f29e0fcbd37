namespace ClinicalNer.Tests.Metrics;

/// <summary>
/// A slow, literal re-statement of seqeval 1.2.2's documented entity rules on label strings, used as the reference
/// for the fast chunker (seqeval itself is not installable here):
/// the default mode is <c>get_entities</c> with its <c>end_of_chunk</c>/<c>start_of_chunk</c> rules over the
/// sentences joined with an <c>O</c> after each; the strict mode is <c>Tokens.entities</c> of <c>seqeval.scheme</c>
/// with the IOB2 start, inside and end patterns. Scores follow seqeval's <c>precision_recall_fscore_support</c>.
/// </summary>
static class SeqevalOracle
{
    public sealed record Entity(string Type, int Start, int End); // End inclusive, offsets in the joined sequence

    public sealed record Row(string Name, double P, double R, double F, int Support);

    public sealed record Report(List<Row> Rows, Row Micro, Row Macro, Row Weighted);

    /// <summary>seqeval default mode: conlleval's chunk boundaries.</summary>
    public static HashSet<Entity> DefaultEntities(IReadOnlyList<string[]> sentences)
    {
        var seq = sentences.SelectMany(s => s.Append("O")).Append("O").ToList();
        var chunks = new HashSet<Entity>();
        string prevTag = "O", prevType = "";
        int begin = 0;
        for (int i = 0; i < seq.Count; i++)
        {
            string chunk = seq[i];
            string tag = chunk[..1];
            string type = chunk[1..].Split('-', 2)[^1];
            if (type == "") type = "_";
            if (EndOfChunk(prevTag, tag, prevType, type)) chunks.Add(new Entity(prevType, begin, i - 1));
            if (StartOfChunk(prevTag, tag, prevType, type)) begin = i;
            prevTag = tag;
            prevType = type;
        }
        return chunks;
    }

    static bool EndOfChunk(string prevTag, string tag, string prevType, string type)
    {
        bool end = false;
        if (prevTag == "E") end = true;
        if (prevTag == "S") end = true;
        if (prevTag == "B" && tag == "B") end = true;
        if (prevTag == "B" && tag == "S") end = true;
        if (prevTag == "B" && tag == "O") end = true;
        if (prevTag == "I" && tag == "B") end = true;
        if (prevTag == "I" && tag == "S") end = true;
        if (prevTag == "I" && tag == "O") end = true;
        if (prevTag != "O" && prevTag != "." && prevType != type) end = true;
        return end;
    }

    static bool StartOfChunk(string prevTag, string tag, string prevType, string type)
    {
        bool start = false;
        if (tag == "B") start = true;
        if (tag == "S") start = true;
        if (prevTag == "E" && tag == "E") start = true;
        if (prevTag == "E" && tag == "I") start = true;
        if (prevTag == "S" && tag == "E") start = true;
        if (prevTag == "S" && tag == "I") start = true;
        if (prevTag == "O" && tag == "E") start = true;
        if (prevTag == "O" && tag == "I") start = true;
        if (tag != "O" && tag != "." && prevType != type) start = true;
        return start;
    }

    enum Cond { Any, Same, Diff }

    // IOB2 patterns of seqeval.scheme: (previous prefix set, current prefix set, tag condition)
    static readonly (string Prev, string Cur, Cond Tag)[] StartPatterns = [("IOB", "B", Cond.Any)];
    static readonly (string Prev, string Cur, Cond Tag)[] InsidePatterns = [("B", "I", Cond.Same), ("I", "I", Cond.Same)];
    static readonly (string Prev, string Cur, Cond Tag)[] EndPatterns =
        [("I", "O", Cond.Any), ("I", "I", Cond.Diff), ("I", "B", Cond.Any), ("B", "O", Cond.Any), ("B", "I", Cond.Diff), ("B", "B", Cond.Any)];

    sealed record Tok(char Prefix, string Tag);

    static Tok Parse(string token) => new(token[0], token[1..].Trim('-') is { Length: > 0 } t ? t : "_");

    static bool Matches(Tok prev, Tok cur, (string Prev, string Cur, Cond Tag)[] patterns) =>
        patterns.Any(p => p.Prev.Contains(prev.Prefix) && p.Cur.Contains(cur.Prefix) &&
                          (p.Tag == Cond.Any || (p.Tag == Cond.Same) == (prev.Tag == cur.Tag)));

    /// <summary>seqeval strict mode with IOB2, sentence by sentence; offsets shifted as the default mode joins sentences.</summary>
    public static HashSet<Entity> StrictEntities(IReadOnlyList<string[]> sentences)
    {
        var entities = new HashSet<Entity>();
        int offset = 0;
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Select(Parse).Append(Parse("O")).ToList();
            var outside = Parse("O");
            int i = 0;
            var prev = outside;
            while (i < tokens.Count)
            {
                var token = tokens[i];
                if (Matches(prev, token, StartPatterns))
                {
                    int end = Forward(tokens, i + 1, token);
                    if (Matches(tokens[end - 1], tokens[end], EndPatterns))
                        entities.Add(new Entity(token.Tag, offset + i, offset + end - 1));
                    i = end;
                }
                else i++;
                prev = tokens[i - 1];
            }
            offset += sentence.Length + 1;
        }
        return entities;
    }

    static int Forward(List<Tok> tokens, int start, Tok prev)
    {
        for (int i = start; i < tokens.Count; i++)
        {
            if (Matches(prev, tokens[i], InsidePatterns)) prev = tokens[i];
            else return i;
        }
        return tokens.Count - 2;
    }

    /// <summary>seqeval's report over the entity sets: types sorted, zero division 0.</summary>
    public static Report Score(HashSet<Entity> gold, HashSet<Entity> predicted)
    {
        var types = gold.Concat(predicted).Select(e => e.Type).Distinct().Order(StringComparer.Ordinal).ToList();
        var rows = new List<Row>();
        int tpSum = 0, predSum = 0, goldSum = 0;
        foreach (string type in types)
        {
            var g = gold.Where(e => e.Type == type).ToHashSet();
            var p = predicted.Where(e => e.Type == type).ToHashSet();
            int tp = g.Intersect(p).Count();
            rows.Add(Scores(type, tp, p.Count, g.Count));
            tpSum += tp;
            predSum += p.Count;
            goldSum += g.Count;
        }
        var micro = Scores("micro", tpSum, predSum, goldSum);
        var macro = rows.Count == 0
            ? new Row("macro", 0, 0, 0, goldSum)
            : new Row("macro", rows.Average(r => r.P), rows.Average(r => r.R), rows.Average(r => r.F), goldSum);
        var weighted = goldSum == 0
            ? new Row("weighted", 0, 0, 0, 0)
            : new Row("weighted", rows.Sum(r => r.P * r.Support) / goldSum, rows.Sum(r => r.R * r.Support) / goldSum,
                      rows.Sum(r => r.F * r.Support) / goldSum, goldSum);
        return new Report(rows, micro, macro, weighted);
    }

    static Row Scores(string name, int tp, int predicted, int gold)
    {
        double p = predicted > 0 ? (double)tp / predicted : 0;
        double r = gold > 0 ? (double)tp / gold : 0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
        return new Row(name, p, r, f, gold);
    }
}
