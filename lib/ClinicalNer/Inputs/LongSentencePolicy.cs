namespace ClinicalNer.Inputs;

/// <summary>What happens to a sentence with more sub-tokens than the model's maximum sequence length.</summary>
public enum LongSentencePolicy
{
    /// <summary>Overlapping windows (stride half the length); each sub-token is predicted from the window where it is most central, so no token is lost.</summary>
    Window,

    /// <summary>The paper's truncation: sub-tokens past the maximum length are dropped from training and predicted as <c>O</c>.</summary>
    Truncate,
}
