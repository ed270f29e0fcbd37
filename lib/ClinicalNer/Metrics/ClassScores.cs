namespace ClinicalNer.Metrics;

/// <summary>The scores of one class: a label (<c>B-Drug</c>) for the label units, an entity type for the others.</summary>
public sealed record ClassScores(string Name, Scores Scores);
