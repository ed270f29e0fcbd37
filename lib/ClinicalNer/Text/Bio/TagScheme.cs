using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.Bio;

/// <summary>Ways of writing entity chunks as one tag per token.</summary>
public enum TagScheme
{
    /// <summary>IOB2 (BIO): every entity opens with <c>B-</c>, continues with <c>I-</c>; the library's internal scheme.</summary>
    Iob2,

    /// <summary>IOB1 (CoNLL-2003): <c>I-</c> throughout; <c>B-</c> only opens an entity right after one of the same type.</summary>
    Iob1,

    /// <summary>BIOES (BILOU): <c>S-</c> single-token entities, <c>B-</c> ... <c>I-</c> ... <c>E-</c> longer ones.</summary>
    Bioes,
}
