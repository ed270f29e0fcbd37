using ClinicalNer.Text.Bio;

namespace ClinicalNer.Text.Sentences;

/// <summary>What sentence splitting did to a note or a corpus.</summary>
/// <param name="Sentences">Sentences produced.</param>
/// <param name="Tokens">Tokens produced.</param>
/// <param name="SuppressedBoundaries">Sentence boundaries the rules found inside an entity and dropped to keep it whole.</param>
/// <param name="EntitiesAtBoundaries">Entities (T lines) that a found boundary fell inside: those a splitter blind to entities would cut.</param>
public sealed record SentenceSplitReport(int Sentences, long Tokens, int SuppressedBoundaries, int EntitiesAtBoundaries)
{
    /// <summary>Nothing split yet.</summary>
    public static SentenceSplitReport Empty { get; } = new(0, 0, 0, 0);

    /// <summary>The sum of two reports (of disjoint parts of a corpus).</summary>
    public static SentenceSplitReport operator +(SentenceSplitReport a, SentenceSplitReport b) =>
        new(a.Sentences + b.Sentences, a.Tokens + b.Tokens, a.SuppressedBoundaries + b.SuppressedBoundaries,
            a.EntitiesAtBoundaries + b.EntitiesAtBoundaries);
}
