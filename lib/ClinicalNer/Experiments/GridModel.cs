using System.Collections.Immutable;

namespace ClinicalNer.Experiments;

/// <summary>
/// A model of the grid: one of the paper's eight (a head on a from-scratch Transformer or on a pre-trained encoder),
/// or one the workbench adds beside them (the BiLSTM-CRF).
/// </summary>
/// <param name="Name">The name <c>reproduce --models</c> takes (<c>biobert-crf</c>).</param>
/// <param name="TrainModel">The <c>train --model</c> name (<c>bert-crf</c>).</param>
/// <param name="Encoder">The Hugging Face id of the pre-trained encoder, null for a from-scratch model.</param>
/// <param name="PaperName">The name in the paper's tables (<c>BioBERT-CRF</c>).</param>
/// <param name="InPaper">One of the paper's models; the others run only in the workbench's own grids (<c>--preset cpu</c>).</param>
public sealed record GridModel(string Name, string TrainModel, string? Encoder, string PaperName, bool InPaper = true)
{
    /// <summary>The paper's eight models in its order of presentation, then the workbench's own.</summary>
    public static ImmutableArray<GridModel> All { get; } =
    [
        new("transformer-crf", "transformer-crf", null, "TransformerCRF"),
        new("transformer-apt", "transformer-apt", null, "TransformerApt"),
        new("bert-crf", "bert-crf", "bert-base-cased", "BERT-CRF"),
        new("bert-apt", "bert-apt", "bert-base-cased", "BERT-Apt"),
        new("biobert-crf", "bert-crf", "dmis-lab/biobert-base-cased-v1.2", "BioBERT-CRF"),
        new("biobert-apt", "bert-apt", "dmis-lab/biobert-base-cased-v1.2", "BioBERT-Apt"),
        new("clinicalbert-crf", "bert-crf", "medicalai/ClinicalBERT", "ClinicalBERT-CRF"),
        new("clinicalbert-apt", "bert-apt", "medicalai/ClinicalBERT", "ClinicalBERT-Apt"),
        new("bilstm-crf", "bilstm-crf", null, "BiLSTM-CRF", InPaper: false),
    ];

    /// <summary>The paper's eight models, in its order.</summary>
    public static ImmutableArray<GridModel> Paper { get; } = [.. All.Where(m => m.InPaper)];

    /// <summary>True for a model that fine-tunes a pre-trained checkpoint.</summary>
    public bool IsPretrained => Encoder is not null;

    /// <summary>The model called <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No such model.</exception>
    public static GridModel Named(string name) =>
        All.FirstOrDefault(m => m.Name == name)
        ?? throw new ArgumentException($"unknown model '{name}'; models: {string.Join(", ", All.Select(m => m.Name))}");
}
