using ClinicalNer.Models;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Models.Encoders.DistilBert;
using ClinicalNer.Runtime;
using ClinicalNer.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace ClinicalNer.Tests.Training;

/// <summary>The allocation-free <see cref="AdamW"/> is TorchSharp's AdamW, bit for bit, and shares its checkpoint format.</summary>
public class AdamWTests
{
    static TokenTagger Tagger()
    {
        TorchRuntime.EnsureLoaded();
        manual_seed(7);
        return TokenTagger.Create(DistilBertConfig.Size(ModelSize.Tiny, 60), 5, TaggingHead.Crf);
    }

    // two groups (encoder at one rate, head at another), weight decay, a rate that changes every step as the schedule does
    static TorchSharp.Modules.AdamW.ParamGroup[] Groups(TokenTagger tagger) => AdamW.EncoderAndHead(tagger, encoderRate: 1e-2, headRate: 5e-2);

    static void Steps(TokenTagger tagger, TorchSharp.Modules.OptimizerHelper optimizer, int steps, int seed)
    {
        manual_seed(seed);
        for (int s = 0; s < steps; s++)
        {
            using var scope = NewDisposeScope();
            foreach (var group in optimizer.ParamGroups) group.LearningRate = group.InitialLearningRate * (1.0 - s / 10.0);
            var ids = randint(60, [3, 6]);
            var mask = ones(3, 6, dtype: ScalarType.Bool);
            var labels = randint(5, [3, 6]);
            optimizer.zero_grad();
            tagger.forward(ids, mask, labels).backward();
            optimizer.step();
        }
    }

    static float[][] Weights(TokenTagger tagger) =>
        [.. tagger.parameters().Select(p => p.detach().flatten().data<float>().ToArray())];

    [Fact]
    public void Steps_give_the_same_weights_as_TorchSharps_AdamW_bit_for_bit()
    {
        using var reference = Tagger();
        using var fast = Tagger();
        using var torchSharp = optim.AdamW(Groups(reference), lr: 1e-2, weight_decay: 0.01);
        using var ours = new AdamW(Groups(fast), lr: 1e-2, weightDecay: 0.01);

        Steps(reference, torchSharp, 6, seed: 3);
        Steps(fast, ours, 6, seed: 3);

        var expected = Weights(reference);
        var actual = Weights(fast);
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i]);
        Assert.NotEqual(Weights(Tagger())[0], actual[0]);  // the steps moved the weights
    }

    [Fact]
    public void A_state_saved_by_TorchSharps_AdamW_resumes_under_ours_with_the_same_result()
    {
        using var temp = new TempDir();
        var path = Path.Combine(temp.Path, "optimizer.bin");
        using var reference = Tagger();
        using var torchSharp = optim.AdamW(Groups(reference), lr: 1e-2, weight_decay: 0.01);
        Steps(reference, torchSharp, 3, seed: 4);
        torchSharp.save_state_dict(path);
        using var resumed = Tagger();
        resumed.load_state_dict(reference.state_dict());
        using var ours = new AdamW(Groups(resumed), lr: 1e-2, weightDecay: 0.01);
        ours.load_state_dict(path);

        Steps(reference, torchSharp, 3, seed: 5);
        Steps(resumed, ours, 3, seed: 5);

        var expected = Weights(reference);
        var actual = Weights(resumed);
        for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i]);
    }
}
