using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Runtime;

/// <summary>
/// Tensor arithmetic whose scalars stay alive. TorchSharp 0.107's <c>a + b</c> calls <c>a.add(b, 1)</c>,
/// converting 1 into a <see cref="Scalar"/> that nothing references once its native handle is read: a garbage
/// collection during the native call can free it, and the call then fails with "Unknown scalar type" or "Expected
/// false to be true" from <c>Scalar::toFloat</c>. Here that happened to about one training run in twenty (more under
/// load), each time minutes in. TorchSharp pull requests 1434 and 1496 fix it upstream and are not merged.
/// </summary>
/// <remarks>
/// The training and inference paths use these instead of <c>+</c> between tensors (<c>-</c> passes no alpha) and of literals where
/// TorchSharp takes a <see cref="Scalar"/>; elsewhere the code holds its scalars in <c>using</c> variables.
/// </remarks>
public static class TensorArithmetic
{
    // Held by a static field for the life of the process, so never collected; a Scalar is immutable, so threads may share it.
    static readonly Scalar One = 1.ToScalar(), Zero = 0.ToScalar();

    /// <summary><paramref name="left"/> + <paramref name="right"/> (broadcasting as <c>+</c>).</summary>
    public static Tensor Plus(this Tensor left, Tensor right) => left.add(right, One);

    /// <summary><paramref name="left"/> + <paramref name="right"/>, a scalar.</summary>
    public static Tensor Plus(this Tensor left, Scalar right) => left.add(right, One);

    /// <summary>True where <paramref name="x"/> is not zero.</summary>
    public static Tensor NonZero(this Tensor x) => x.ne(Zero);

    /// <summary>1 - <paramref name="x"/>, element-wise.</summary>
    public static Tensor OneMinus(this Tensor x) => x.neg().add_(One, One);
}
