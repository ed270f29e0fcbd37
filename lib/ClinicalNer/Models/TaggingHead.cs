using ClinicalNer.Models.Crf;

namespace ClinicalNer.Models;

/// <summary>The layer on top of the encoder that turns vectors into labels.</summary>
public enum TaggingHead
{
    /// <summary>The paper's "Apt" (adaptation) head: dropout 0.2, a linear layer to the labels, per-position cross-entropy and argmax.</summary>
    Apt,

    /// <summary>The same emissions scored by a <see cref="LinearChainCrf"/>: loss = batch mean of (log Z - gold score), Viterbi decoding.</summary>
    Crf,
}
