using ClinicalNer.Models;

namespace ClinicalNer.Training;

/// <summary>
/// The models <c>train --model</c> names: a head on a from-scratch Transformer or on a pre-trained BERT-family
/// encoder (the paper's), or the classic BiLSTM-CRF (beyond the paper: the no-pre-training reference).
/// </summary>
public static class ModelKind
{
    /// <summary>The model names, as the command line spells them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["transformer-crf", "transformer-apt", "bert-crf", "bert-apt", BiLstmCrf];

    /// <summary>The BiLSTM-CRF's name.</summary>
    public const string BiLstmCrf = "bilstm-crf";

    /// <summary>The head of model <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">Unknown model name.</exception>
    public static TaggingHead Head(string name) => name switch
    {
        "transformer-crf" or "bert-crf" or BiLstmCrf => TaggingHead.Crf,
        "transformer-apt" or "bert-apt" => TaggingHead.Apt,
        _ => throw new ArgumentException($"unknown model '{name}'; models: {string.Join(", ", Names)}"),
    };

    /// <summary>True for the models that fine-tune a pre-trained encoder (<c>--encoder</c>).</summary>
    /// <exception cref="ArgumentException">Unknown model name.</exception>
    public static bool IsPretrained(string name)
    {
        Head(name);
        return name.StartsWith("bert-", StringComparison.Ordinal);
    }
}
