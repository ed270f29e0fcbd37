using System.Collections.Immutable;

namespace ClinicalNer.Metrics;

/// <summary>What is counted as one unit of evaluation. Every report names its unit, mode and scheme.</summary>
public enum ScoreUnit
{
    /// <summary>One label per sub-token, each BIO label its own class (the paper's "BIO-strict"): scikit-learn semantics.</summary>
    Subtoken,

    /// <summary>One label per sub-token with the <c>B-</c>/<c>I-</c> prefix stripped (the paper's "token level"): scikit-learn semantics.</summary>
    SubtokenType,

    /// <summary>One BIO label per word (a model's word label is its first sub-token's): scikit-learn semantics.</summary>
    Word,

    /// <summary>Entities as seqeval's strict mode with the IOB2 scheme finds them: a <c>B-X</c> and the <c>I-X</c> run after it.</summary>
    EntityStrict,

    /// <summary>Entities as seqeval's default (conlleval-style) mode finds them, including chunks recovered from invalid sequences.</summary>
    EntityDefault,

    /// <summary>n2c2 2018 Track 2 official scoring of brat folders, exact span match.</summary>
    N2c2Strict,

    /// <summary>n2c2 2018 Track 2 official scoring of brat folders, overlapping span match (the shared task's ranking measure).</summary>
    N2c2Lenient,
}

/// <summary>Names of the units as the command line and the JSON reports spell them.</summary>
public static class ScoreUnits
{
    static readonly ImmutableArray<(ScoreUnit Unit, string Name, string Mode, string Scheme)> Table =
    [
        (ScoreUnit.Subtoken, "subtoken", "label", "BIO"),
        (ScoreUnit.SubtokenType, "subtoken-type", "label", "type"),
        (ScoreUnit.Word, "word", "label", "BIO"),
        (ScoreUnit.EntityStrict, "entity-strict", "strict", "IOB2"),
        (ScoreUnit.EntityDefault, "entity-default", "default", "conlleval"),
        (ScoreUnit.N2c2Strict, "n2c2-strict", "strict", "n2c2-2018"),
        (ScoreUnit.N2c2Lenient, "n2c2-lenient", "lenient", "n2c2-2018"),
    ];

    /// <summary>All unit names, in declaration order.</summary>
    public static ImmutableArray<string> Names { get; } = [.. Table.Select(t => t.Name)];

    /// <summary>The unit's name: <c>subtoken</c>, <c>subtoken-type</c>, <c>word</c>, <c>entity-strict</c>, <c>entity-default</c>, <c>n2c2-strict</c> or <c>n2c2-lenient</c>.</summary>
    public static string Name(this ScoreUnit unit) => Row(unit).Name;

    /// <summary>The matching mode: <c>label</c> (each unit a classification), <c>strict</c>, <c>default</c> or <c>lenient</c>.</summary>
    public static string Mode(this ScoreUnit unit) => Row(unit).Mode;

    /// <summary>The tagging scheme: <c>BIO</c>, <c>type</c> (prefix stripped), <c>IOB2</c>, <c>conlleval</c> or <c>n2c2-2018</c>.</summary>
    public static string Scheme(this ScoreUnit unit) => Row(unit).Scheme;

    /// <summary>True for the units scored like scikit-learn's classification report (one label per token or word).</summary>
    public static bool IsLabelUnit(this ScoreUnit unit) => unit is ScoreUnit.Subtoken or ScoreUnit.SubtokenType or ScoreUnit.Word;

    /// <summary>True for the units scored like seqeval (entities chunked from BIO tags).</summary>
    public static bool IsEntityUnit(this ScoreUnit unit) => unit is ScoreUnit.EntityStrict or ScoreUnit.EntityDefault;

    /// <summary>True for the units scored like the n2c2 2018 Track 2 script (brat folders).</summary>
    public static bool IsN2c2Unit(this ScoreUnit unit) => unit is ScoreUnit.N2c2Strict or ScoreUnit.N2c2Lenient;

    /// <summary>The unit named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
    public static ScoreUnit Parse(string name)
    {
        foreach (var row in Table)
            if (row.Name == name) return row.Unit;
        throw new ArgumentException($"unknown unit '{name}' (expected one of {string.Join(", ", Names)})", nameof(name));
    }

    static (ScoreUnit Unit, string Name, string Mode, string Scheme) Row(ScoreUnit unit) => Table[(int)unit];
}
