using ClinicalNer.Inputs;
using ClinicalNer.Models;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Runtime;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Training.Settings;

/// <summary>
/// How each setting of a run is spelled on the command line and in <c>config.json</c>: the one list of models,
/// sizes, labellings, long-sentence policies and devices that the CLI offers and the library parses.
/// </summary>
public static class SettingNames
{
    /// <summary><c>--model</c>.</summary>
    public static Spellings<Model> Models { get; } = new("model", "models",
        (Model.TransformerCrf, "transformer-crf"), (Model.TransformerApt, "transformer-apt"), (Model.BertCrf, "bert-crf"),
        (Model.BertApt, "bert-apt"), (Model.BiLstmCrf, "bilstm-crf"));

    /// <summary><c>--size</c>.</summary>
    public static Spellings<ModelSize> Sizes { get; } = new("size", "sizes",
        (ModelSize.Tiny, "tiny"), (ModelSize.Mini, "mini"), (ModelSize.Small, "small"), (ModelSize.Paper, "paper"));

    /// <summary><c>--labelling</c>.</summary>
    public static Spellings<SubtokenLabelling> Labellings { get; } = new("labelling", "labellings",
        (SubtokenLabelling.AllSubtokens, "all"), (SubtokenLabelling.FirstSubtokenOnly, "first"));

    /// <summary><c>--long-sentences</c>.</summary>
    public static Spellings<LongSentencePolicy> LongSentences { get; } = new("long-sentence policy", "policies",
        (LongSentencePolicy.Window, "window"), (LongSentencePolicy.Truncate, "truncate"));

    /// <summary><c>--device</c>.</summary>
    public static Spellings<ComputeDevice> Devices { get; } = new("device", "devices",
        (ComputeDevice.Cpu, "cpu"), (ComputeDevice.Cuda, "cuda"));

    /// <summary>The spelling of <paramref name="model"/> (<c>transformer-crf</c>).</summary>
    public static string Name(this Model model) => Models.Name(model);

    /// <summary>The spelling of <paramref name="size"/> (<c>mini</c>).</summary>
    public static string Name(this ModelSize size) => Sizes.Name(size);

    /// <summary>The spelling of <paramref name="labelling"/> (<c>all</c>).</summary>
    public static string Name(this SubtokenLabelling labelling) => Labellings.Name(labelling);

    /// <summary>The spelling of <paramref name="policy"/> (<c>window</c>).</summary>
    public static string Name(this LongSentencePolicy policy) => LongSentences.Name(policy);

    /// <summary>The spelling of <paramref name="device"/> (<c>cpu</c>).</summary>
    public static string Name(this ComputeDevice device) => Devices.Name(device);

    /// <summary>The torch device of <paramref name="device"/>.</summary>
    public static TorchSharp.torch.Device Torch(this ComputeDevice device) => new(device.Name());
}
