using System.Collections.Immutable;
using ClinicalNer.Models;
using static TorchSharp.torch;

namespace ClinicalNer.Inference;

/// <summary>
/// The transition scores a CRF head learned, as a label-by-label matrix: <c>Scores[from][to]</c> is added to a path's
/// score each time tag <c>to</c> follows tag <c>from</c>. Fixed constraint penalties are not included: they are not
/// learned, and their -10000 would drown the learned values in a heatmap.
/// </summary>
/// <param name="Labels">The label of each tag id.</param>
/// <param name="Scores">[from][to] learned transition scores.</param>
public sealed record CrfTransitions(ImmutableArray<string> Labels, double[][] Scores)
{
    /// <summary>The learned transitions of the CRF model in run folder <paramref name="runPath"/>.</summary>
    /// <exception cref="ArgumentException">The model has no CRF head.</exception>
    public static CrfTransitions Of(string runPath)
    {
        using var model = TrainedModel.Load(runPath);
        return Of(model);
    }

    /// <summary>The learned transitions of a trained CRF model.</summary>
    /// <exception cref="ArgumentException">The model has no CRF head.</exception>
    public static CrfTransitions Of(TrainedModel model) => Of(model.Tagger, model.Inputs.Labels);

    /// <summary>The learned transitions of <paramref name="tagger"/>, whose tag ids are named by <paramref name="labels"/>.</summary>
    internal static CrfTransitions Of(TokenTagger tagger, IReadOnlyList<string> labels)
    {
        var crf = tagger.Crf ?? throw new ArgumentException($"a {tagger.Head} head has no transitions", nameof(tagger));
        if (labels.Count != crf.NumTags) throw new ArgumentException($"{labels.Count} labels for {crf.NumTags} tags", nameof(labels));
        int k = crf.NumTags;
        using var scope = NewDisposeScope();
        var flat = crf.Transitions.detach().to(CPU).to_type(ScalarType.Float64).data<double>().ToArray(); // [K * K], row = from
        var scores = new double[k][];
        for (int from = 0; from < k; from++) scores[from] = flat.AsSpan(from * k, k).ToArray();
        return new CrfTransitions([.. labels], scores);
    }
}
