using System.Collections.Immutable;

namespace ClinicalNer.Metrics;

/// <summary>
/// A classification report: per-class scores in report order and the averages. Its <see cref="Unit"/> names what
/// was counted, and through it the mode and scheme, so no report can be read with the wrong semantics.
/// </summary>
/// <param name="Unit">What one unit of evaluation is.</param>
/// <param name="Classes">Per-class rows: labels for the label units, entity types otherwise.</param>
/// <param name="Accuracy">Fraction of units labelled correctly; defined only for the label units when every present label is reported (scikit-learn then prints "accuracy" instead of "micro avg").</param>
/// <param name="Micro">Scores from the counts pooled over the reported classes.</param>
/// <param name="Macro">Unweighted mean over the reported classes; for the n2c2 units the official script's mean over documents.</param>
/// <param name="Weighted">Mean over the reported classes weighted by support.</param>
/// <param name="MacroTypes">For the n2c2 units only: the unweighted mean over entity types (the script's "macro" is over documents).</param>
public sealed record ScoreReport(
    ScoreUnit Unit,
    ImmutableArray<ClassScores> Classes,
    double? Accuracy,
    Scores Micro,
    Scores Macro,
    Scores Weighted,
    Scores? MacroTypes = null)
{
    /// <summary>The matching mode (see <see cref="ScoreUnits.Mode"/>).</summary>
    public string Mode => Unit.Mode();

    /// <summary>The tagging scheme (see <see cref="ScoreUnits.Scheme"/>).</summary>
    public string Scheme => Unit.Scheme();

    /// <summary>The row of class <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such class in the report.</exception>
    public Scores this[string name] =>
        Classes.FirstOrDefault(c => c.Name == name)?.Scores
        ?? throw new KeyNotFoundException($"no class '{name}' in the {Unit.Name()} report");

    /// <summary>Value equality that compares the class rows element-wise.</summary>
    public bool Equals(ScoreReport? other) =>
        other is not null && Unit == other.Unit && Classes.SequenceEqual(other.Classes) && Accuracy == other.Accuracy &&
        Micro == other.Micro && Macro == other.Macro && Weighted == other.Weighted && MacroTypes == other.MacroTypes;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Classes.Length, Micro);
}
