using ClinicalNer.Inference;
using ClinicalNer.Models;
using ClinicalNer.Models.Crf;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Models.Encoders.DistilBert;
using ClinicalNer.Runtime;
using ClinicalNer.Training;
using ClinicalNer.Training.Settings;
using static TorchSharp.torch;

namespace ClinicalNer.Tests.Inference;

public class CrfTransitionsTests
{
    static readonly DistilBertConfig Tiny = DistilBertConfig.Size(ModelSize.Tiny, vocabSize: 40) with { Layers = 1 };
    static readonly string[] Labels = ["O", "B-Drug", "I-Drug"];

    public CrfTransitionsTests() => TorchRuntime.EnsureLoaded();

    [Fact]
    public void Rows_are_the_previous_tag_and_columns_the_next_without_the_constraint_penalties()
    {
        using var tagger = TokenTagger.Create(Tiny, 3, TaggingHead.Crf, CrfConstraints.Bio(Labels));
        // Parameter [from, to] = 10 * from + to, so that a transposed matrix cannot pass.
        using (no_grad()) tagger.Crf!.Transitions.copy_(tensor(new float[] { 0, 1, 2, 10, 11, 12, 20, 21, 22 }, [3, 3]));

        var transitions = CrfTransitions.Of(tagger, Labels);

        Assert.Equal(Labels, transitions.Labels);
        double[][] expected = [[0, 1, 2], [10, 11, 12], [20, 21, 22]]; // O -> I-Drug is forbidden, yet its learned 2 is shown
        Assert.Equal(expected, transitions.Scores);
    }

    [Fact]
    public void A_softmax_head_has_no_transitions()
    {
        using var tagger = TokenTagger.Create(Tiny, 3, TaggingHead.Apt);
        Assert.Throws<ArgumentException>(() => CrfTransitions.Of(tagger, Labels));
    }
}
