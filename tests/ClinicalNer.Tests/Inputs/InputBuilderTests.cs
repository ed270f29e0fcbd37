using ClinicalNer.Inputs;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Text.WordPiece;
using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Tests.Inputs;

public class InputBuilderTests
{
    static InputBuilder Encoder(int maxLength, LongSentencePolicy policy, bool special = false)
    {
        using var vocab = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', BertTokenizerFactory.SpecialTokens.Concat(["a", "##a"]))));
        return new InputBuilder(BertTokenizerFactory.FromStream(vocab, false), ["O"],
                                new InputOptions { MaxLength = maxLength, LongSentences = policy, SpecialTokens = special });
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(7, false)]
    [InlineData(12, true)]
    public void Sliding_windows_own_every_subtoken_exactly_once(int maxLength, bool special)
    {
        var encoder = Encoder(maxLength, LongSentencePolicy.Window, special);
        int width = encoder.Options.ContentLength;
        for (int length = 1; length <= 60; length++)
        {
            var owners = new int[length];
            foreach (var w in encoder.Windows(0, length))
            {
                Assert.True(w.Start >= 0 && w.Start + w.Length <= length && w.Length <= width, $"length {length}: window {w} out of bounds");
                Assert.True(w.OwnedStart >= w.Start && w.OwnedEnd <= w.Start + w.Length, $"length {length}: window {w} owns outside itself");
                for (int k = w.OwnedStart; k < w.OwnedEnd; k++) owners[k]++;
            }
            Assert.All(owners, count => Assert.Equal(1, count));
        }
    }

    [Fact]
    public void Sliding_window_owner_is_the_window_where_the_subtoken_is_most_central()
    {
        // Width 8, stride 4, length 16: windows at 0, 4, 8. Sub-token 5 is 5 from the first window's start and
        // 2 from its end (margin 2); in the second window its margin is min(1, 6) = 1: the first window owns it.
        var windows = Encoder(8, LongSentencePolicy.Window).Windows(0, 16);
        Assert.Equal([0, 4, 8], windows.Select(w => w.Start));
        Assert.Equal((0, 6), (windows[0].OwnedStart, windows[0].OwnedEnd));
        Assert.Equal((6, 10), (windows[1].OwnedStart, windows[1].OwnedEnd));
        Assert.Equal((10, 16), (windows[2].OwnedStart, windows[2].OwnedEnd));
    }

    [Fact]
    public void Truncation_keeps_only_the_first_positions()
    {
        var windows = Encoder(8, LongSentencePolicy.Truncate).Windows(3, 20);
        Assert.Equal([new SequenceWindow(3, 0, 8, 0, 8)], windows);
    }
}
