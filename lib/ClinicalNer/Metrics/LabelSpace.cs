using System.Collections.Immutable;

namespace ClinicalNer.Metrics;

/// <summary>
/// The classes a label unit counts, before sorting: each vocabulary label after the type mapping, with the
/// <c>B-</c>/<c>I-</c> prefix stripped for the <c>subtoken-type</c> unit. Several labels may share a class.
/// </summary>
/// <param name="Names">Class names, in order of first appearance in the vocabulary.</param>
/// <param name="ClassOf">[label id] → index into <see cref="Names"/>.</param>
internal sealed record LabelSpace(string[] Names, int[] ClassOf)
{
    /// <exception cref="ArgumentException">A key of <paramref name="typeMap"/> is not the type of any label.</exception>
    public static LabelSpace Build(LabelVocabulary labels, ScoreUnit unit, ImmutableDictionary<string, string> typeMap)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        for (int id = 0; id < labels.Count; id++)
            if (labels[id] != "O") types.Add(IobTag.TypeOf(labels[id]));
        foreach (string from in typeMap.Keys)
            if (!types.Contains(from))
                throw new ArgumentException(
                    $"type map: type '{from}' occurs in neither the gold nor the predicted data (types: {string.Join(", ", types.Order(StringComparer.Ordinal))})");

        var names = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var classOf = new int[labels.Count];
        for (int id = 0; id < labels.Count; id++)
        {
            string label = labels[id];
            string type = IobTag.TypeOf(label);
            if (label != "O" && typeMap.TryGetValue(type, out var mapped)) type = mapped;
            string name = unit == ScoreUnit.SubtokenType ? type : IobTag.WithType(label, type);
            if (!index.TryGetValue(name, out int c))
            {
                c = names.Count;
                index.Add(name, c);
                names.Add(name);
            }
            classOf[id] = c;
        }
        return new LabelSpace([.. names], classOf);
    }
}
