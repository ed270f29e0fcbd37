namespace ClinicalNer.Metrics;

/// <summary>
/// Interns label strings to dense int ids (0, 1, 2, ... in order of first sight), so that scoring runs over
/// int arrays and never compares strings per token.
/// </summary>
public sealed class LabelVocabulary
{
    readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    readonly List<string> _labels = [];

    /// <summary>Number of distinct labels seen.</summary>
    public int Count => _labels.Count;

    /// <summary>The label of <paramref name="id"/>.</summary>
    public string this[int id] => _labels[id];

    /// <summary>The id of <paramref name="label"/>, adding it when new.</summary>
    public int Intern(string label)
    {
        if (_ids.TryGetValue(label, out int id)) return id;
        id = _labels.Count;
        _ids.Add(label, id);
        _labels.Add(label);
        return id;
    }

    /// <summary>The id of <paramref name="label"/>, or -1 when it was never interned.</summary>
    public int IdOf(string label) => _ids.TryGetValue(label, out int id) ? id : -1;
}
