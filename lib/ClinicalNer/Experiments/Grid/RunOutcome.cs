namespace ClinicalNer.Experiments.Grid;

/// <summary>What <c>reproduce</c> did with one run of its grid.</summary>
public enum RunOutcome
{
    /// <summary>Finished and evaluated before: nothing done.</summary>
    Skipped,

    /// <summary>Trained from the start and evaluated.</summary>
    Trained,

    /// <summary>An interrupted run continued from its last checkpoint, then evaluated.</summary>
    Resumed,

    /// <summary>Finished before but not evaluated: evaluated only.</summary>
    Evaluated,
}
