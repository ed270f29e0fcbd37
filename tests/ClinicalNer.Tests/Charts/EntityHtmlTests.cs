using ClinicalNer.Charts;
using ClinicalNer.Corpus;

namespace ClinicalNer.Tests.Charts;

public class EntityHtmlTests
{
    //                          0         1         2
    //                          012345678901234567890123456789
    const string Text = "Aspirin 81 mg for pain & fever";

    static Document Note(params Entity[] entities) => new("100", Text, [.. entities]);

    static string Mark(string colour, string title, string text, bool outlined = false) =>
        $"<mark style=\"background:{colour}{(outlined ? ";outline:1px dashed #333" : "")}\" title=\"{title}\">{text}</mark>";

    static string Type(string type) => $"<sub style=\"font-size:70%;font-family:sans-serif\">{type}</sub>";

    static string Legend(params (string Type, string Colour)[] types) =>
        "<div style=\"margin-bottom:6px\">" + string.Concat(types.Select(t => $"<mark style=\"background:{t.Colour};margin-right:4px\">{t.Type}</mark>")) + "</div>";

    [Fact]
    public void Entities_are_marked_by_type_and_overlaps_are_outlined_and_text_is_escaped()
    {
        var html = EntityHtml.Of(Note(
            Entity.Contiguous("T1", "Drug", 0, 7, "Aspirin"),
            Entity.Contiguous("T2", "Strength", 8, 13, "81 mg"),
            Entity.Contiguous("T3", "Reason", 18, 22, "pain"),
            Entity.Contiguous("T4", "ADE", 18, 30, "pain & fever"))).Html;

        string expected = "<div class=\"clinical-ner-entities\">"
            + Legend(("ADE", "#ff6f61"), ("Drug", "#8dd3c7"), ("Reason", "#fccde5"), ("Strength", "#ffffb3"))
            + "<div style=\"white-space:pre-wrap;font-family:monospace;line-height:1.9\">"
            + Mark("#8dd3c7", "Drug", "Aspirin") + Type("Drug") + " "
            + Mark("#ffffb3", "Strength", "81 mg") + Type("Strength") + " for "
            + Mark("#ff6f61", "ADE, Reason", "pain", outlined: true) + Type("Reason")
            + Mark("#ff6f61", "ADE", " &amp; fever") + Type("ADE")
            + "</div></div>";
        Assert.Equal(expected, html);
    }

    [Fact]
    public void Each_fragment_of_a_discontinuous_entity_is_marked()
    {
        var pain = new Entity("T1", "Reason", [new Fragment(14, 17), new Fragment(18, 22)], "for pain");
        var html = EntityHtml.Of(Note(pain)).Html;
        Assert.Contains("Aspirin 81 mg " + Mark("#fccde5", "Reason", "for") + Type("Reason") + " " + Mark("#fccde5", "Reason", "pain") + Type("Reason") + " &amp; fever", html);
    }

    [Fact]
    public void A_stretch_shows_only_its_text_with_entities_cut_at_its_edges()
    {
        var html = EntityHtml.Of(Note(Entity.Contiguous("T1", "Drug", 0, 7, "Aspirin"), Entity.Contiguous("T2", "Strength", 8, 13, "81 mg")), 11, 17).Html;
        Assert.EndsWith(Mark("#ffffb3", "Strength", "mg") + Type("Strength") + " for</div></div>", html);
        Assert.DoesNotContain("Aspirin", html);
        Assert.DoesNotContain("Drug", html);
    }

    [Fact]
    public void A_stretch_outside_the_note_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => EntityHtml.Of(Note(), 5, 31));
        Assert.StartsWith("[5, 31) is not inside note 100 of 30 code points", error.Message);
    }
}
