namespace ClinicalNer.Tests.Models.Crf;

/// <summary>The CRF by definition: enumerate all K^L tag paths of a sequence and score each one directly.</summary>
static class CrfBruteForce
{
    public static double PathScore(CrfCase c, int b, int[] path, double[]? startPenalty = null, double[]? transitionPenalty = null)
    {
        var score = c.Start[path[0]] + (startPenalty?[path[0]] ?? 0) + c.Emission(b, 0, path[0]);
        for (var t = 1; t < path.Length; t++)
            score += c.Transitions[path[t - 1] * c.Tags + path[t]] + (transitionPenalty?[path[t - 1] * c.Tags + path[t]] ?? 0) + c.Emission(b, t, path[t]);
        return score + c.End[path[^1]];
    }

    public static IEnumerable<int[]> AllPaths(int tags, int length)
    {
        var path = new int[length];
        while (true)
        {
            yield return (int[])path.Clone();
            var t = length - 1;
            while (t >= 0 && ++path[t] == tags) path[t--] = 0;
            if (t < 0) yield break;
        }
    }

    public static double LogPartition(CrfCase c, int b, double[]? startPenalty = null, double[]? transitionPenalty = null)
    {
        var scores = AllPaths(c.Tags, c.Lengths[b]).Select(p => PathScore(c, b, p, startPenalty, transitionPenalty)).ToArray();
        var max = scores.Max();
        return max + Math.Log(scores.Sum(s => Math.Exp(s - max)));
    }

    public static double LogLikelihood(CrfCase c, int b) => PathScore(c, b, c.GoldPath(b)) - LogPartition(c, b);

    public static int[] BestPath(CrfCase c, int b, Func<int[], bool>? allowed = null) =>
        AllPaths(c.Tags, c.Lengths[b]).Where(p => allowed?.Invoke(p) ?? true).MaxBy(p => PathScore(c, b, p))!;
}
