namespace ClinicalNer.Training.Settings;

/// <summary>
/// The paper's final fine-tuning settings (paper-notes §2.2: the configuration chosen on the 273/30 split), looked
/// up by model and, for the pre-trained models, by the encoder's Hugging Face id. All used AdamW with weight decay
/// 0.01, a linear schedule without warm-up, no gradient clipping, inputs truncated at 180 sub-tokens, every
/// sub-token labelled and no [CLS]/[SEP].
/// </summary>
/// <param name="BatchSize">Sentences per step.</param>
/// <param name="Epochs">Epochs.</param>
/// <param name="LearningRate">Peak learning rate.</param>
public sealed record PaperPreset(int BatchSize, int Epochs, double LearningRate)
{
    static readonly Dictionary<(Model Model, string? Encoder), PaperPreset> Table = new()
    {
        [(Model.TransformerCrf, null)] = new(8, 4, 1e-4),
        [(Model.TransformerApt, null)] = new(14, 4, 1e-4),
        [(Model.BertCrf, "bert-base-cased")] = new(14, 3, 5e-5),
        [(Model.BertApt, "bert-base-cased")] = new(8, 3, 5e-5),
        [(Model.BertCrf, "dmis-lab/biobert-base-cased-v1.2")] = new(8, 2, 5e-5),
        [(Model.BertApt, "dmis-lab/biobert-base-cased-v1.2")] = new(8, 2, 1e-4),
        [(Model.BertCrf, "medicalai/ClinicalBERT")] = new(14, 2, 5e-5),
        [(Model.BertApt, "medicalai/ClinicalBERT")] = new(14, 1, 1e-4),
    };

    /// <summary>The preset of <paramref name="model"/> on <paramref name="encoder"/> (null for the from-scratch models).</summary>
    /// <exception cref="ArgumentException">The paper trained no such combination.</exception>
    public static PaperPreset For(Model model, string? encoder) =>
        Table.TryGetValue((model, model.IsPretrained() ? encoder : null), out var preset)
            ? preset
            : throw new ArgumentException(
                $"the paper has no settings for {model.Name()}{(encoder is null ? "" : $" on {encoder}")}; it fine-tuned bert-base-cased, dmis-lab/biobert-base-cased-v1.2 and medicalai/ClinicalBERT (give the hub id)");
}
