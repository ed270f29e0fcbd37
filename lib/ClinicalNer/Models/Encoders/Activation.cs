using static TorchSharp.torch;

namespace ClinicalNer.Models.Encoders;

/// <summary>The feed-forward activations that Hugging Face configs name (<c>activation</c>, <c>hidden_act</c>).</summary>
internal static class Activation
{
    /// <summary>Names accepted in configs.</summary>
    public static readonly IReadOnlyList<string> Names = ["gelu", "relu", "gelu_new", "gelu_pytorch_tanh"];

    /// <summary>The activation function called <paramref name="name"/>: <c>gelu</c> is the exact (erf) form, <c>gelu_new</c> the tanh approximation.</summary>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public static Func<Tensor, Tensor> Get(string name) => name switch
    {
        "gelu" => x => nn.functional.gelu(x),
        "relu" => x => nn.functional.relu(x),
        "gelu_new" or "gelu_pytorch_tanh" => x => nn.functional.gelu(x, TorchSharp.Modules.GELU.Approximate.tanh),
        _ => throw new ArgumentException($"unsupported activation '{name}'; supported: {string.Join(", ", Names)}", nameof(name)),
    };
}
