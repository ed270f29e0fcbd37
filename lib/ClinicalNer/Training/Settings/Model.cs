namespace ClinicalNer.Training.Settings;

/// <summary>
/// The models <c>train --model</c> names: a head on a from-scratch Transformer or on a pre-trained BERT-family
/// encoder (the paper's), or the classic BiLSTM-CRF (beyond the paper: the no-pre-training reference). Their spellings
/// are <see cref="SettingNames.Models"/>; <see cref="ModelKind"/> says what each is made of.
/// </summary>
public enum Model
{
    /// <summary>A CRF on a Transformer trained from scratch (the paper's TransformerCRF).</summary>
    TransformerCrf,

    /// <summary>A softmax on a Transformer trained from scratch (the paper's TransformerApt).</summary>
    TransformerApt,

    /// <summary>A CRF on a pre-trained BERT-family encoder.</summary>
    BertCrf,

    /// <summary>A softmax on a pre-trained BERT-family encoder.</summary>
    BertApt,

    /// <summary>A CRF on a BiLSTM over words and characters, trained from scratch.</summary>
    BiLstmCrf,
}
