using ClinicalNer.Models;

namespace ClinicalNer.Training.Settings;

/// <summary>
/// What each <see cref="Model"/> is made of: its head, and whether it fine-tunes a pre-trained encoder or is a
/// Transformer trained from scratch.
/// </summary>
public static class ModelKind
{
    /// <summary>The head of <paramref name="model"/>.</summary>
    public static TaggingHead Head(this Model model) => model switch
    {
        Model.TransformerApt or Model.BertApt => TaggingHead.Apt,
        _ => TaggingHead.Crf,
    };

    /// <summary>True for the models that fine-tune a pre-trained encoder (<c>--encoder</c>).</summary>
    public static bool IsPretrained(this Model model) => model is Model.BertCrf or Model.BertApt;

    /// <summary>True for the paper's Transformers trained from scratch (<c>transformer-crf</c>, <c>transformer-apt</c>).</summary>
    public static bool IsFromScratchTransformer(this Model model) => model is Model.TransformerCrf or Model.TransformerApt;
}
