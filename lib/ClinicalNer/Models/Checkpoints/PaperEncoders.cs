using ClinicalNer.Models.Encoders;
using ClinicalNer.Models.Encoders.Bert;
using ClinicalNer.Models.Encoders.DistilBert;

namespace ClinicalNer.Models.Checkpoints;

/// <summary>
/// Built-in configuration values of the pre-trained encoders the paper fine-tuned, copied from the
/// <c>config.json</c> files those models publish on the Hugging Face hub, so that their architectures and
/// parameter counts (Table I) are known without a download. Weights always come from a checkpoint.
/// </summary>
/// <remarks>
/// Two models go by "ClinicalBERT": <c>medicalai/ClinicalBERT</c> is a DistilBERT architecture (6 layers, width
/// 768) with a 119,547-entry multilingual vocabulary, and is the one whose size matches the paper's Table I;
/// <c>emilyalsentzer/Bio_ClinicalBERT</c> (Alsentzer et al., whom the paper cites) is a BERT-base architecture
/// (12 layers) with BioBERT's cased 28,996-entry vocabulary.
/// </remarks>
public static class PaperEncoders
{
    /// <summary>Google's cased BERT-base.</summary>
    public const string BertBaseCased = "bert-base-cased";

    /// <summary>BioBERT v1.2 (cased, BERT-base architecture).</summary>
    public const string BioBert = "dmis-lab/biobert-base-cased-v1.2";

    /// <summary>The DistilBERT-architecture ClinicalBERT (vocabulary 119,547).</summary>
    public const string MedicalAiClinicalBert = "medicalai/ClinicalBERT";

    /// <summary>Alsentzer et al.'s Bio_ClinicalBERT (BERT-base architecture, vocabulary 28,996).</summary>
    public const string BioClinicalBert = "emilyalsentzer/Bio_ClinicalBERT";

    /// <summary>BERT-base with the cased 28,996-entry vocabulary, as bert-base-cased, BioBERT v1.2 and Bio_ClinicalBERT publish it.</summary>
    static readonly BertConfig CasedBertBase = new()
    {
        VocabSize = 28996, Hidden = 768, Layers = 12, Heads = 12, IntermediateSize = 3072, HiddenAct = "gelu",
        HiddenDropout = 0.1, AttentionDropout = 0.1, MaxPositionEmbeddings = 512, TypeVocabSize = 2,
        InitializerRange = 0.02, LayerNormEps = 1e-12, PadTokenId = 0,
    };

    /// <summary>The built-in configurations by hub model id.</summary>
    public static IReadOnlyDictionary<string, EncoderConfig> Configs { get; } = new Dictionary<string, EncoderConfig>
    {
        [BertBaseCased] = CasedBertBase,
        [BioBert] = CasedBertBase,
        [BioClinicalBert] = CasedBertBase,
        [MedicalAiClinicalBert] = new DistilBertConfig
        {
            VocabSize = 119547, Dim = 768, Layers = 6, Heads = 12, HiddenDim = 3072, ActivationName = "gelu",
            Dropout = 0.1, AttentionDropout = 0.1, MaxPositionEmbeddings = 512, InitializerRange = 0.02, PadTokenId = 0,
        },
    };
}
