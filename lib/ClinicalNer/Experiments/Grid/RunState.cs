namespace ClinicalNer.Experiments.Grid;

/// <summary>Where a grid run stands, read from its run folder alone (never from a scheduler's accounting).</summary>
public enum RunState
{
    /// <summary>Never started: no attempt recorded.</summary>
    Pending,

    /// <summary>A live process holds the run folder's lock.</summary>
    Running,

    /// <summary>Started, not done, and nobody holds its lock: the attempt died (an error, a cancelled job, a kill); the next <c>reproduce</c> resumes it.</summary>
    Failed,

    /// <summary>Trained and, for a final run, evaluated.</summary>
    Done,
}
