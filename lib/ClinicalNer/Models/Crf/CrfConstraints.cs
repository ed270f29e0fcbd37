namespace ClinicalNer.Models.Crf;

/// <summary>
/// Hard constraints on a <see cref="LinearChainCrf"/>'s paths, applied as fixed penalties added to the learned
/// start and transition scores (in the likelihood and in Viterbi decoding alike), so they are never trained away.
/// </summary>
public sealed class CrfConstraints
{
    /// <summary>The score added to a forbidden start or transition: large enough that no allowed path loses to it.</summary>
    public const double Forbidden = -10000.0;

    /// <summary>Added to each start score [K]: 0 or <see cref="Forbidden"/>.</summary>
    internal double[] StartPenalty { get; }

    /// <summary>Added to each transition score [K, K] indexed [from, to]: 0 or <see cref="Forbidden"/>.</summary>
    internal double[] TransitionPenalty { get; }

    /// <summary>Number of tags the constraints are for.</summary>
    public int Tags => StartPenalty.Length;

    CrfConstraints(double[] startPenalty, double[] transitionPenalty)
    {
        StartPenalty = startPenalty;
        TransitionPenalty = transitionPenalty;
    }

    /// <summary>
    /// BIO (IOB2) constraints for labels named <c>O</c>, <c>B-Type</c> and <c>I-Type</c>: a transition into
    /// <c>I-Y</c> is allowed only from <c>B-Y</c> or <c>I-Y</c>, and no sequence starts with <c>I-Y</c>.
    /// </summary>
    /// <param name="labels">The label of each tag id, in id order.</param>
    /// <exception cref="ArgumentException">A label is neither <c>O</c> nor <c>B-</c>/<c>I-</c> followed by a type.</exception>
    public static CrfConstraints Bio(IReadOnlyList<string> labels)
    {
        var k = labels.Count;
        var parsed = new (char Prefix, string Type)[k];
        for (var i = 0; i < k; i++) parsed[i] = ParseBio(labels[i]);
        var start = new double[k];
        var transitions = new double[k * k];
        for (var j = 0; j < k; j++)
        {
            if (parsed[j].Prefix != 'I') continue;
            start[j] = Forbidden;
            for (var i = 0; i < k; i++)
                if (parsed[i].Prefix == 'O' || parsed[i].Type != parsed[j].Type)
                    transitions[i * k + j] = Forbidden;
        }
        return new CrfConstraints(start, transitions);
    }

    static (char Prefix, string Type) ParseBio(string label)
    {
        if (label == "O") return ('O', "");
        if (label.Length > 2 && (label[0] == 'B' || label[0] == 'I') && label[1] == '-') return (label[0], label[2..]);
        throw new ArgumentException($"BIO constraints need labels named O, B-Type or I-Type; got '{label}'.", "labels");
    }
}
