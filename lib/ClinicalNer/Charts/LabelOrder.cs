using ClinicalNer.Metrics;

namespace ClinicalNer.Charts;

/// <summary>The order in which a label-by-label matrix reads best: O first, then each entity type with its B- label beside its I- label.</summary>
static class LabelOrder
{
    /// <summary>
    /// Indices into <paramref name="labels"/> in reading order: O, then the IOB labels by type (ordinal) with B- before
    /// I-, then any other label in its given order.
    /// </summary>
    public static int[] ByType(IReadOnlyList<string> labels) =>
        [.. Enumerable.Range(0, labels.Count).OrderBy(i => Key(labels[i]).Group).ThenBy(i => Key(labels[i]).Type, StringComparer.Ordinal)
                                             .ThenBy(i => Key(labels[i]).Inside)];

    static (int Group, string Type, bool Inside) Key(string label) =>
        label == "O" ? (0, "", false)
        : IobTag.Problem(label) is null ? (1, IobTag.TypeOf(label), label[0] == 'I')
        : (2, "", false);
}
