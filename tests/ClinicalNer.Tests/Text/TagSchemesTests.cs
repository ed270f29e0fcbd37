using ClinicalNer.Sample.Lexicons;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;
using CsCheck;

namespace ClinicalNer.Tests.Text;

public class TagSchemesTests
{
    // Drug, Drug adjacent to it, O, a one-token Route, a three-token Strength.
    static readonly string[] Iob2 = ["B-Drug", "I-Drug", "B-Drug", "O", "B-Route", "B-Strength", "I-Strength", "I-Strength"];
    static readonly string[] Iob1 = ["I-Drug", "I-Drug", "B-Drug", "O", "I-Route", "I-Strength", "I-Strength", "I-Strength"];
    static readonly string[] Bioes = ["B-Drug", "E-Drug", "S-Drug", "O", "S-Route", "B-Strength", "I-Strength", "E-Strength"];

    public static TheoryData<TagScheme, string[], TagScheme, string[]> Pairs => new()
    {
        { TagScheme.Iob2, Iob2, TagScheme.Iob1, Iob1 },
        { TagScheme.Iob2, Iob2, TagScheme.Bioes, Bioes },
        { TagScheme.Iob1, Iob1, TagScheme.Iob2, Iob2 },
        { TagScheme.Bioes, Bioes, TagScheme.Iob2, Iob2 },
        { TagScheme.Iob1, Iob1, TagScheme.Bioes, Bioes },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Conversion_matches_the_hand_written_sequence(TagScheme from, string[] tags, TagScheme to, string[] expected) =>
        Assert.Equal(expected, TagSchemes.Convert(tags, from, to).ToArray());

    [Fact]
    public void Lenient_reading_opens_an_entity_at_a_stray_I_or_after_E()
    {
        Assert.Equal(["B-Drug", "I-Drug", "B-Route"], TagSchemes.Convert(["I-Drug", "I-Drug", "I-Route"], TagScheme.Iob2, TagScheme.Iob2).ToArray());
        Assert.Equal(["B-Drug", "I-Drug", "B-Drug"], TagSchemes.Convert(["B-Drug", "E-Drug", "I-Drug"], TagScheme.Bioes, TagScheme.Iob2).ToArray());
    }

    [Theory]
    [InlineData(TagScheme.Iob2, "S-Drug")]
    [InlineData(TagScheme.Iob1, "E-Drug")]
    [InlineData(TagScheme.Bioes, "X-Drug")]
    [InlineData(TagScheme.Iob2, "B-")]
    public void Tag_outside_the_scheme_is_an_error_naming_tag_and_position(TagScheme scheme, string tag)
    {
        var e = Assert.Throws<FormatException>(() => TagSchemes.Convert(["O", tag], scheme, TagScheme.Iob2));
        Assert.Contains($"'{tag}' at token 2", e.Message);
    }

    [Fact]
    public void Iob2_through_any_scheme_and_back_is_the_identity()
    {
        // A chunk list (type 0-2 or none, length 1-3) written as IOB2.
        var iob2 = Gen.Select(Gen.Int[-1, 2], Gen.Int[1, 3]).Array[0, 12].Select(chunks =>
            chunks.SelectMany(c => c.Item1 < 0
                ? Enumerable.Repeat("O", c.Item2)
                : Enumerable.Range(0, c.Item2).Select(i => (i == 0 ? "B-" : "I-") + "T" + c.Item1)).ToArray());
        iob2.Sample(tags =>
        {
            foreach (var scheme in Enum.GetValues<TagScheme>())
                Assert.Equal(tags, TagSchemes.Convert(TagSchemes.Convert(tags, TagScheme.Iob2, scheme), scheme, TagScheme.Iob2).ToArray());
        });
    }
}
