using ClinicalNer.Training.Settings;

namespace ClinicalNer.Experiments.Grid;

/// <summary>Which of the paper's grids <c>reproduce</c> runs (<c>--grid</c>).</summary>
public enum GridKind
{
    /// <summary>
    /// The final runs: every model with and without down-sampling (SamBD), scored on the test set; tables, charts and
    /// the comparison with the paper's Tables II/III.
    /// </summary>
    Final,

    /// <summary>
    /// Model selection (paper-notes §2.1): batch {8, 14} × learning rate ({5e-5, 1e-4} for the pre-trained models, 9
    /// epochs; {5e-5, 1e-4, 5e-4} for the from-scratch ones, 6 epochs), trained on down-sampled training notes and
    /// scored every epoch on held-out dev notes that are not down-sampled. The test set is never touched.
    /// </summary>
    Selection,
}
