using ClinicalNer.Models.Crf;
using ClinicalNer.Models.Encoders;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClinicalNer.Models;

/// <summary>
/// An encoder with a tagging head: the paper's TransformerApt/TransformerCRF (a DistilBERT architecture trained
/// from scratch) and BERT-Apt/BERT-CRF (pre-trained encoders fine-tuned). Parameter keys follow Hugging Face's
/// token-classification models: <c>distilbert.*</c> or <c>bert.*</c> for the encoder, <c>classifier.*</c>, and
/// <c>crf.*</c> for the CRF head.
/// </summary>
/// <remarks>
/// Positions are scored where a label mask is on (default: the attention mask). With every sub-token labelled
/// (the paper) the two masks are equal; with first-sub-token labelling the CRF runs over the labelled positions
/// only, packed to the left, so its transitions link consecutive words rather than sub-tokens.
/// </remarks>
public sealed class TokenTagger : nn.Module
{
    /// <summary>Dropout before the classifier in the paper's head.</summary>
    public const double HeadDropout = 0.2;

    readonly SequenceEncoder encoder;
    readonly Dropout dropout;
    readonly Linear classifier;
    readonly LinearChainCrf? crf;

    /// <summary>Number of labels (the classifier's outputs).</summary>
    public int LabelCount { get; }

    /// <summary>Which head the tagger has.</summary>
    public TaggingHead Head { get; }

    /// <summary>The encoder.</summary>
    public SequenceEncoder Encoder => encoder;

    /// <summary>The CRF of a <see cref="TaggingHead.Crf"/> tagger, else null.</summary>
    public LinearChainCrf? Crf => crf;

    /// <summary>Puts a head on an encoder.</summary>
    /// <param name="encoder">The encoder (built from a config, or loaded).</param>
    /// <param name="labels">Number of labels (19 in the paper: O and B-/I- of nine types).</param>
    /// <param name="head">Apt or CRF.</param>
    /// <param name="constraints">For the CRF head: optional fixed constraints (e.g. BIO); none in the paper.</param>
    /// <param name="device">Where the head's weights live (should match the encoder's).</param>
    public TokenTagger(SequenceEncoder encoder, int labels, TaggingHead head, CrfConstraints? constraints = null, Device? device = null)
        : base(nameof(TokenTagger))
    {
        if (labels <= 0) throw new ArgumentException($"invalid number of labels: {labels}", nameof(labels));
        if (constraints is not null && head != TaggingHead.Crf) throw new ArgumentException("constraints need the CRF head", nameof(constraints));
        (this.encoder, LabelCount, Head) = (encoder, labels, head);
        dropout = nn.Dropout(HeadDropout);
        classifier = nn.Linear(encoder.HiddenSize, labels, device: device);
        HfInit.Apply(classifier, encoder.Config.WeightStd);
        crf = head == TaggingHead.Crf ? new LinearChainCrf(labels, constraints, device) : null;
        // Registered by hand rather than by field name: the encoder's key prefix is its model type, as in HF checkpoints.
        register_module(encoder.Config.ModelType, encoder);
        register_module("dropout", dropout);
        register_module("classifier", classifier);
        if (crf is not null) register_module("crf", crf);
    }

    /// <summary>Builds a tagger with a freshly initialised encoder from <paramref name="config"/>.</summary>
    public static TokenTagger Create(EncoderConfig config, int labels, TaggingHead head, CrfConstraints? constraints = null, Device? device = null) =>
        new(config.Build(device), labels, head, constraints, device);

    /// <summary>Parameters of the tagger for this configuration, counted on the meta device (no weights allocated).</summary>
    public static long ParameterCount(EncoderConfig config, int labels, TaggingHead head)
    {
        using var tagger = Create(config, labels, head, device: new Device(DeviceType.META));
        return tagger.parameters().Sum(p => p.numel());
    }

    /// <summary>
    /// Per-position label scores [B, T, labels] of token ids [B, T] under an attention mask [B, T]; an encoder that
    /// reads characters also needs the [B, T, C] character ids of each position's word.
    /// </summary>
    public Tensor Emissions(Tensor inputIds, Tensor attentionMask, Tensor? characters = null)
    {
        using var scope = NewDisposeScope();
        return classifier.call(dropout.call(encoder.Encode(inputIds, attentionMask, characters))).MoveToOuterDisposeScope();
    }

    /// <summary>The training loss of a batch.</summary>
    /// <param name="inputIds">[B, T] token ids.</param>
    /// <param name="attentionMask">[B, T] bool (or 0/1): real tokens.</param>
    /// <param name="labels">[B, T] gold label ids (ignored where <paramref name="labelMask"/> is off).</param>
    /// <param name="labelMask">[B, T] bool: positions that carry a label; the attention mask when null.</param>
    /// <param name="characters">[B, T, C] character ids of each position's word, for an encoder that reads them.</param>
    /// <returns>Apt: mean cross-entropy over labelled positions. CRF: mean over sequences of -log p(gold path).</returns>
    public Tensor forward(Tensor inputIds, Tensor attentionMask, Tensor labels, Tensor? labelMask = null, Tensor? characters = null)
    {
        using var scope = NewDisposeScope();
        var emissions = Emissions(inputIds, attentionMask, characters); // [B, T, labels]
        var scored = AttentionCore.AsBool(labelMask ?? attentionMask);
        Tensor loss;
        if (crf is null)
            loss = nn.functional.cross_entropy(emissions[scored], labels[scored]); // [N, labels] vs [N]
        else
        {
            var packed = PackedPositions.Create(scored);
            loss = -crf.forward(packed.Gather(emissions), packed.Gather(labels), packed.Mask, CrfReduction.Mean);
        }
        return loss.MoveToOuterDisposeScope();
    }

    /// <summary>The predicted label ids at the labelled positions of each sequence (argmax for Apt, Viterbi for CRF).</summary>
    /// <param name="inputIds">[B, T] token ids.</param>
    /// <param name="attentionMask">[B, T] bool (or 0/1).</param>
    /// <param name="labelMask">[B, T] bool positions to label; the attention mask when null.</param>
    /// <param name="characters">[B, T, C] character ids of each position's word, for an encoder that reads them.</param>
    public IReadOnlyList<int[]> Decode(Tensor inputIds, Tensor attentionMask, Tensor? labelMask = null, Tensor? characters = null)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var emissions = Emissions(inputIds, attentionMask, characters);
        var packed = PackedPositions.Create(AttentionCore.AsBool(labelMask ?? attentionMask));
        var gathered = packed.Gather(emissions); // [B, T', labels]
        if (crf is not null) return crf.Decode(gathered, packed.Mask);
        var best = HostTensor.ToLongs(gathered.argmax(-1)); // [B, T']
        var width = (int)gathered.shape[1];
        return packed.Lengths.Select((n, b) => best.AsSpan(b * width, n).ToArray().Select(v => (int)v).ToArray()).ToArray();
    }
}
