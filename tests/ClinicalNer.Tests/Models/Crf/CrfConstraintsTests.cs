using ClinicalNer.Models;
using ClinicalNer.Models.Crf;
using static TorchSharp.torch;

namespace ClinicalNer.Tests.Models.Crf;

public class CrfConstraintsTests
{
    static readonly string[] Labels = ["O", "B-Drug", "I-Drug", "B-Dose", "I-Dose"];

    static bool IsValidBio(int[] path)
    {
        // I-X (even id > 0) must follow B-X or I-X of the same type, and may not start a sequence.
        static bool Inside(int tag) => tag > 0 && tag % 2 == 0;
        static int Type(int tag) => (tag + 1) / 2;
        for (var t = 0; t < path.Length; t++)
            if (Inside(path[t]) && (t == 0 || path[t - 1] == 0 || Type(path[t - 1]) != Type(path[t]))) return false;
        return true;
    }

    [Fact]
    public void Bio_penalties_forbid_inside_tags_after_O_other_types_and_at_the_start()
    {
        var constraints = CrfConstraints.Bio(Labels);
        Assert.Equal([0, 0, CrfConstraints.Forbidden, 0, CrfConstraints.Forbidden], constraints.StartPenalty);
        double Penalty(int from, int to) => constraints.TransitionPenalty[from * 5 + to];
        Assert.Equal(CrfConstraints.Forbidden, Penalty(0, 2));  // O -> I-Drug
        Assert.Equal(CrfConstraints.Forbidden, Penalty(3, 2));  // B-Dose -> I-Drug
        Assert.Equal(CrfConstraints.Forbidden, Penalty(4, 2));  // I-Dose -> I-Drug
        Assert.Equal(0, Penalty(1, 2));                          // B-Drug -> I-Drug
        Assert.Equal(0, Penalty(2, 2));                          // I-Drug -> I-Drug
        Assert.Equal(0, Penalty(2, 3));                          // I-Drug -> B-Dose
        Assert.Equal(0, Penalty(4, 0));                          // I-Dose -> O
        Assert.Equal(6, constraints.TransitionPenalty.Count(p => p != 0)); // {O, B-Y, I-Y} -> I-X for each X
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    public void Constrained_viterbi_is_the_best_valid_path_even_when_emissions_favour_invalid_ones(int seed)
    {
        var c = new CrfCase(seed, batch: 4, length: 4, tags: 5, spread: 3);
        for (var b = 0; b < c.Batch; b++) c.Emissions[(b * c.Length) * c.Tags + 2] = 20; // I-Drug first: invalid but attractive
        var paths = c.Crf(constraints: CrfConstraints.Bio(Labels)).Decode(c.EmissionTensor(), c.MaskTensor());
        for (var b = 0; b < c.Batch; b++)
        {
            Assert.True(IsValidBio(paths[b]));
            Assert.Equal(CrfBruteForce.BestPath(c, b, IsValidBio), paths[b]);
        }
        Assert.Contains(Enumerable.Range(0, c.Batch), b => !IsValidBio(CrfBruteForce.BestPath(c, b))); // the constraint mattered
    }

    [Fact]
    public void Constrained_log_partition_sums_over_valid_paths_only()
    {
        var c = new CrfCase(seed: 34, batch: 3, length: 4, tags: 5);
        var constraints = CrfConstraints.Bio(Labels);
        var crf = c.Crf(constraints: constraints);
        using var llh = crf.forward(c.EmissionTensor(), c.TagTensor(), c.MaskTensor(), CrfReduction.None);
        using var reference = crf.ReferenceLogLikelihood(c.EmissionTensor(), c.TagTensor(), c.MaskTensor());
        var values = llh.data<double>().ToArray();
        for (var b = 0; b < c.Batch; b++)
        {
            var validScores = CrfBruteForce.AllPaths(c.Tags, c.Lengths[b]).Where(IsValidBio).Select(p => CrfBruteForce.PathScore(c, b, p)).ToArray();
            var max = validScores.Max();
            var logZ = max + Math.Log(validScores.Sum(s => Math.Exp(s - max)));
            var gold = CrfBruteForce.PathScore(c, b, c.GoldPath(b), constraints.StartPenalty, constraints.TransitionPenalty);
            Assert.Equal(logZ, gold - values[b], 1e-9);
            Assert.Equal(reference.data<double>()[b], values[b], 1e-6);
        }
    }

    [Fact]
    public void Labels_outside_the_BIO_scheme_are_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => CrfConstraints.Bio(["O", "B-Drug", "Drug"]));
        Assert.StartsWith("BIO constraints need labels named O, B-Type or I-Type; got 'Drug'.", e.Message);
    }

    [Fact]
    public void Constraints_for_another_tag_count_are_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new LinearChainCrf(4, CrfConstraints.Bio(Labels)));
        Assert.StartsWith("constraints are for 5 tags, the CRF has 4", e.Message);
    }
}
