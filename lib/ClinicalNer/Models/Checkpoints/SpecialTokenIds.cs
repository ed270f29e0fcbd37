namespace ClinicalNer.Models.Checkpoints;

/// <summary>
/// The ids of the tokens that frame and pad a sequence. BERT and DistilBERT checkpoints both expect
/// <c>[CLS] tokens [SEP]</c>, padded with <c>[PAD]</c>; whether to add the frame is the caller's choice
/// (the paper added none).
/// </summary>
/// <param name="Cls">Id of <c>[CLS]</c>, which opens a sequence.</param>
/// <param name="Sep">Id of <c>[SEP]</c>, which closes it.</param>
/// <param name="Pad">Id of <c>[PAD]</c>.</param>
public sealed record SpecialTokenIds(int Cls, int Sep, int Pad);
