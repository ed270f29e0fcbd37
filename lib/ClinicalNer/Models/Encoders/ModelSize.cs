using ClinicalNer.Models.Encoders.BiLstm;
using ClinicalNer.Models.Encoders.DistilBert;

namespace ClinicalNer.Models.Encoders;

/// <summary>The architecture sizes of a from-scratch encoder (<see cref="DistilBertConfig.Size"/>, <see cref="BiLstmConfig.Size"/>).</summary>
public enum ModelSize
{
    /// <summary>The smallest: for tests and notebooks, seconds per epoch.</summary>
    Tiny,

    /// <summary>The CPU preset's size.</summary>
    Mini,

    /// <summary>Between mini and the paper's.</summary>
    Small,

    /// <summary>The paper's: DistilBERT-base's shape.</summary>
    Paper,
}
