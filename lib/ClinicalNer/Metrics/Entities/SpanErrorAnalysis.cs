using System.Collections.Immutable;
using System.Text;

namespace ClinicalNer.Metrics.Entities;

/// <summary>
/// Classes every gold and every system entity as exact, type error, boundary error, boundary and type error, spurious
/// or missing, judging each against the overlapping entities on the other side in that order of precedence
/// (an exact counterpart wins over a same-span one, which wins over an overlapping one of the same type).
/// </summary>
public sealed class SpanErrorAnalysis
{
    SpanErrorAnalysis(ScoreUnit unit, ImmutableArray<SpanJudgement> gold, ImmutableArray<SpanJudgement> system)
    {
        Unit = unit;
        GoldJudgements = gold;
        SystemJudgements = system;
    }

    /// <summary>The entity unit whose chunking found the entities.</summary>
    public ScoreUnit Unit { get; }

    /// <summary>One judgement per gold entity, in text order (kinds: exact, type, boundary, boundary and type, missing).</summary>
    public ImmutableArray<SpanJudgement> GoldJudgements { get; }

    /// <summary>One judgement per system entity, in text order (kinds: exact, type, boundary, boundary and type, spurious).</summary>
    public ImmutableArray<SpanJudgement> SystemJudgements { get; }

    /// <summary>Number of gold entities of kind <paramref name="kind"/>.</summary>
    public int GoldCount(SpanErrorKind kind) => GoldJudgements.Count(j => j.Kind == kind);

    /// <summary>Number of system entities of kind <paramref name="kind"/>.</summary>
    public int SystemCount(SpanErrorKind kind) => SystemJudgements.Count(j => j.Kind == kind);

    /// <summary>Judges the entities of <paramref name="pair"/> as the entity unit <paramref name="unit"/> chunks them, after the options' type mapping.</summary>
    /// <exception cref="ArgumentException">The unit is not an entity unit, or a mapped type is absent.</exception>
    public static SpanErrorAnalysis Of(TaggedPair pair, ScoreUnit unit, ScoreOptions? options = null)
    {
        if (!unit.IsEntityUnit())
            throw new ArgumentException($"span errors are judged on entities; unit {unit.Name()} is not an entity unit", nameof(unit));
        var chunks = EntityChunks.Extract(pair, unit == ScoreUnit.EntityStrict, (options ?? ScoreOptions.None).TypeMap);
        var gold = chunks.Gold.Select(c => new TaggedSpan(c.Start, c.End, chunks.Types[c.Type])).ToArray();
        var system = chunks.Predicted.Select(c => new TaggedSpan(c.Start, c.End, chunks.Types[c.Type])).ToArray();
        return new SpanErrorAnalysis(unit,
            [.. gold.Select(g => Judge(g, system, SpanErrorKind.Missing, (s, o) => new SpanJudgement(s, g, o)))],
            [.. system.Select(s => Judge(s, gold, SpanErrorKind.Spurious, (k, o) => new SpanJudgement(k, o, s)))]);
    }

    /// <summary>
    /// A summary of the counts per kind, then up to <paramref name="limit"/> non-exact judgements with their place and
    /// context: the sentence around them with the gold span in <c>[ ]</c> and the system span in <c>{ }</c>.
    /// </summary>
    public string Format(TaggedPair pair, int limit = 50)
    {
        var sb = new StringBuilder();
        sb.Append($"span errors  unit: {Unit.Name()}  mode: {Unit.Mode()}  scheme: {Unit.Scheme()}\n");
        sb.Append($"{"",-16}{"gold",8}{"system",8}\n");
        foreach (var kind in Enum.GetValues<SpanErrorKind>())
            sb.Append($"{Name(kind),-16}{(kind == SpanErrorKind.Spurious ? "" : GoldCount(kind).ToString()),8}{(kind == SpanErrorKind.Missing ? "" : SystemCount(kind).ToString()),8}".TrimEnd()).Append('\n');
        // Each error once: a gold judgement for missing, boundary and type errors, plus the spurious system entities.
        var errors = GoldJudgements.Where(j => j.Kind != SpanErrorKind.Exact)
                                   .Concat(SystemJudgements.Where(j => j.Kind == SpanErrorKind.Spurious))
                                   .OrderBy(j => (j.Gold ?? j.System)!.Start).ToArray();
        sb.Append($"\n{Math.Min(limit, errors.Length)} of {errors.Length} errors:\n");
        foreach (var j in errors.Take(limit))
        {
            var at = (j.Gold ?? j.System)!;
            sb.Append($"{Name(j.Kind),-16} gold {Describe(pair, j.Gold)}  system {Describe(pair, j.System)}  at {pair.GoldPosition(at.Start)}\n");
            sb.Append("    ").Append(Context(pair, j.Gold, j.System)).Append('\n');
        }
        return sb.ToString();
    }

    static SpanJudgement Judge(TaggedSpan span, TaggedSpan[] others, SpanErrorKind none, Func<SpanErrorKind, TaggedSpan?, SpanJudgement> make)
    {
        // others are disjoint and in text order: the overlapping ones form one run starting after the last that ends before span.
        int lo = 0, hi = others.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (others[mid].End <= span.Start) lo = mid + 1; else hi = mid;
        }
        SpanErrorKind best = none;
        TaggedSpan? counterpart = null;
        for (int i = lo; i < others.Length && others[i].Start < span.End; i++)
        {
            var o = others[i];
            var kind = o.SameSpan(span)
                ? (o.Type == span.Type ? SpanErrorKind.Exact : SpanErrorKind.Type)
                : (o.Type == span.Type ? SpanErrorKind.Boundary : SpanErrorKind.BoundaryAndType);
            if (counterpart is null || kind < best)
            {
                best = kind;
                counterpart = o;
            }
        }
        return make(best, counterpart);
    }

    static string Name(SpanErrorKind kind) => kind switch
    {
        SpanErrorKind.BoundaryAndType => "boundary+type",
        _ => kind.ToString().ToLowerInvariant(),
    };

    static string Describe(TaggedPair pair, TaggedSpan? span) =>
        span is null ? "-" : $"{span.Type} \"{string.Join(' ', Enumerable.Range(span.Start, span.End - span.Start).Select(t => Text(pair, t)))}\"";

    static string Text(TaggedPair pair, int token) => pair.TokenTexts?[token] ?? $"#{token}";

    static string Context(TaggedPair pair, TaggedSpan? gold, TaggedSpan? system)
    {
        const int Around = 6;
        int start = Math.Min(gold?.Start ?? int.MaxValue, system?.Start ?? int.MaxValue);
        int end = Math.Max(gold?.End ?? 0, system?.End ?? 0);
        int sentence = pair.SentenceOf(start);
        int from = Math.Max(pair.SentenceStarts[sentence], start - Around);
        int to = Math.Min(pair.SentenceStarts[sentence + 1], end + Around);
        var sb = new StringBuilder(from > pair.SentenceStarts[sentence] ? "... " : "");
        for (int t = from; t < to; t++)
        {
            if (t > from) sb.Append(' ');
            if (gold?.Start == t) sb.Append('[');
            if (system?.Start == t) sb.Append('{');
            sb.Append(Text(pair, t));
            if (system?.End == t + 1) sb.Append('}');
            if (gold?.End == t + 1) sb.Append(']');
        }
        if (to < pair.SentenceStarts[sentence + 1]) sb.Append(" ...");
        return sb.ToString();
    }
}
