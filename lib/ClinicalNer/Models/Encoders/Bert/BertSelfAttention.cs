using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders.Bert;

/// <summary>BERT's self-attention projections and scaled dot products (HF <c>attention.self</c>: query, key, value).</summary>
public sealed class BertSelfAttention : nn.Module<Tensor, Tensor, Tensor>
{
#pragma warning disable IDE1006 // field names are the checkpoint's keys
    readonly Linear query;
    readonly Linear key;
    readonly Linear value;
#pragma warning restore IDE1006
    readonly int heads;
    readonly double attentionDropout;

    /// <summary>Creates the module for <paramref name="config"/>.</summary>
    public BertSelfAttention(BertConfig config, Device? device = null) : base(nameof(BertSelfAttention))
    {
        query = nn.Linear(config.Hidden, config.Hidden, device: device);
        key = nn.Linear(config.Hidden, config.Hidden, device: device);
        value = nn.Linear(config.Hidden, config.Hidden, device: device);
        heads = config.Heads;
        attentionDropout = config.AttentionDropout;
        RegisterComponents();
    }

    /// <summary>[B, T, hidden] and [B, T] bool key mask -> [B, T, hidden] concatenated head contexts.</summary>
    public override Tensor forward(Tensor hidden, Tensor keyMask) =>
        AttentionCore.Context(query.call(hidden), key.call(hidden), value.call(hidden), keyMask, heads, attentionDropout, training);
}
