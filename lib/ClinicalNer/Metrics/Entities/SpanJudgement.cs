namespace ClinicalNer.Metrics.Entities;

/// <summary>
/// The category of one entity and the entity on the other side that decided it: for a gold entity,
/// <see cref="Gold"/> is the entity judged and <see cref="System"/> its counterpart (null when missing); for a system
/// entity the other way round (<see cref="Gold"/> null when spurious).
/// </summary>
public sealed record SpanJudgement(SpanErrorKind Kind, TaggedSpan? Gold, TaggedSpan? System);
