namespace ClinicalNer.Metrics.Entities;

/// <summary>How a gold or system entity fares against the other side (the SemEval-2013 / MUC categories).</summary>
public enum SpanErrorKind
{
    /// <summary>Same span and type on the other side.</summary>
    Exact,

    /// <summary>Same span, different type.</summary>
    Type,

    /// <summary>Overlapping span of the same type, different boundaries.</summary>
    Boundary,

    /// <summary>Overlapping span with different boundaries and a different type.</summary>
    BoundaryAndType,

    /// <summary>A system entity that overlaps no gold entity.</summary>
    Spurious,

    /// <summary>A gold entity that no system entity overlaps.</summary>
    Missing,
}
