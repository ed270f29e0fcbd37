namespace ClinicalNer.Sample.Notes;

/// <summary>How long the generated discharge summaries are.</summary>
public enum NoteLength
{
    /// <summary>About 72 sentences a note: the bundled sample, small enough to train a small model on in minutes.</summary>
    Short,

    /// <summary>About 140 sentences a note, near the n2c2-2018 training average (41,497 sentences in 303 notes, 137 a note): for benchmarks.</summary>
    Typical,
}
