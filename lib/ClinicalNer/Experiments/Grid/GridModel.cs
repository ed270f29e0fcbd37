using System.Collections.Immutable;
using ClinicalNer.Models.Checkpoints;
using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Experiments.Grid;

/// <summary>
/// A model of the grid: one of the paper's eight, a head on a from-scratch Transformer or on a pre-trained encoder;
/// a head on the MiniLM that ships with the workbench (<see cref="BundledEncoders"/>), which stands in for the
/// paper's BERT family where the hub is out of reach; or the classic BiLSTM-CRF, the reference without pre-training
/// that the workbench adds beside them.
/// </summary>
/// <param name="Name">The name <c>reproduce --models</c> takes (<c>biobert-crf</c>).</param>
/// <param name="TrainModel">The <c>train --model</c> it trains (<c>bert-crf</c>).</param>
/// <param name="Encoder">The Hugging Face id of the pre-trained encoder, null for a from-scratch model.</param>
/// <param name="PaperName">The name in the paper's tables (<c>BioBERT-CRF</c>), or in the workbench's for a model the paper did not train.</param>
/// <param name="PaperPresetEncoder">The encoder whose <see cref="Training.Settings.PaperPreset"/> a stand-in takes under <c>--preset paper</c>, or null for its own.</param>
public sealed record GridModel(string Name, Model TrainModel, string? Encoder, string PaperName, string? PaperPresetEncoder = null)
{
    /// <summary>
    /// MiniLM (general-domain, uncased; not BERT, BioBERT or ClinicalBERT) stands in for BERT-base under the paper's
    /// preset; it is always available offline, so a fresh machine compares from-scratch with pre-trained.
    /// </summary>
    static readonly string MiniLmStandsInFor = PaperEncoders.BertBaseCased;

    /// <summary>The paper's eight models in its order of presentation.</summary>
    public static ImmutableArray<GridModel> Paper { get; } =
    [
        new("transformer-crf", Model.TransformerCrf, null, "TransformerCRF"),
        new("transformer-apt", Model.TransformerApt, null, "TransformerApt"),
        new("bert-crf", Model.BertCrf, "bert-base-cased", "BERT-CRF"),
        new("bert-apt", Model.BertApt, "bert-base-cased", "BERT-Apt"),
        new("biobert-crf", Model.BertCrf, "dmis-lab/biobert-base-cased-v1.2", "BioBERT-CRF"),
        new("biobert-apt", Model.BertApt, "dmis-lab/biobert-base-cased-v1.2", "BioBERT-Apt"),
        new("clinicalbert-crf", Model.BertCrf, "medicalai/ClinicalBERT", "ClinicalBERT-CRF"),
        new("clinicalbert-apt", Model.BertApt, "medicalai/ClinicalBERT", "ClinicalBERT-Apt"),
    ];

    /// <summary>The paper's eight models, then the two on the bundled MiniLM, then the BiLSTM-CRF.</summary>
    public static ImmutableArray<GridModel> All { get; } =
    [
        .. Paper,
        new("minilm-crf", Model.BertCrf, BundledEncoders.MiniLm, "MiniLM-CRF", MiniLmStandsInFor),
        new("minilm-apt", Model.BertApt, BundledEncoders.MiniLm, "MiniLM-Apt", MiniLmStandsInFor),
        new("bilstm-crf", Model.BiLstmCrf, null, "BiLSTM-CRF"),
    ];

    /// <summary>
    /// True for the models that the paper's protocol (<c>--preset paper</c>, the selection grid) can train: the paper's
    /// own and their stand-ins. The BiLSTM-CRF has no settings in the paper.
    /// </summary>
    public bool HasPaperSettings => PaperPresetEncoder is not null || Paper.Contains(this);

    /// <summary>True for a model that fine-tunes a pre-trained checkpoint.</summary>
    public bool IsPretrained => Encoder is not null;

    /// <summary>True for a model on an encoder that ships with the workbench.</summary>
    public bool IsBundled => Encoder is { } encoder && BundledEncoders.Contains(encoder);

    /// <summary>The model called <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No such model.</exception>
    public static GridModel Named(string name) =>
        All.FirstOrDefault(m => m.Name == name)
        ?? throw new ArgumentException($"unknown model '{name}'; models: {string.Join(", ", All.Select(m => m.Name))}");
}
