using ClinicalNer.Corpus;
using ClinicalNer.Sample.Lexicons;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Tests.Text;

public class BioEncoderTests
{
    static Entity E(string id, string type, string text, string note, int start) =>
        Entity.Contiguous(id, type, start, start + text.Length, note.Substring(start, text.Length));

    static string[] Tags(TaggedDocument encoded) => [.. encoded.Sentences.SelectMany(s => s.Tags)];

    // "upper and lower GI bleed": n2c2 annotates "upper ... GI bleed" (discontinuous) and "lower GI bleed".
    //  0    5   9     15 18  24
    const string Bleed = "upper and lower GI bleed";

    static Document BleedDocument() => new("d", Bleed,
    [
        new Entity("T1", "Reason", [new Fragment(0, 5), new Fragment(16, 24)], "upper GI bleed"),
        Entity.Contiguous("T2", "Reason", 10, 24, "lower GI bleed"),
    ]);

    [Fact]
    public void Discontinuous_entity_as_fragments_loses_its_overlapping_fragment_to_the_earlier_entity()
    {
        // Units by start: upper (T1), lower GI bleed (T2), GI bleed (T1, starts later, loses both tokens).
        var encoded = BioTagging.Tag(BleedDocument());
        Assert.Equal(["B-Reason", "O", "B-Reason", "I-Reason", "I-Reason"], Tags(encoded));
        Assert.Equal(new TaggingReport(DiscontinuousPolicy.Fragments, 2, 1, 3, 1, 0, 0, 0), encoded.Encoding);
    }

    [Fact]
    public void Discontinuous_entity_merged_covers_its_gap_and_drops_the_entity_inside()
    {
        var encoded = BioTagging.Tag(BleedDocument(), TaggingOptions.Default with { Discontinuous = DiscontinuousPolicy.Merge });
        Assert.Equal(["B-Reason", "I-Reason", "I-Reason", "I-Reason", "I-Reason"], Tags(encoded));
        Assert.Equal(new TaggingReport(DiscontinuousPolicy.Merge, 2, 1, 2, 1, 0, 0, 0), encoded.Encoding);
    }

    [Fact]
    public void Overlapping_entities_keep_the_earliest_start_and_count_the_truncated_one()
    {
        // ADE "rash on arms" (0-12) and Reason "arms itching" (8-20): "arms" goes to the ADE.
        const string note = "rash on arms itching";
        var document = new Document("d", note, [E("T1", "Reason", "arms itching", note, 8), E("T2", "ADE", "rash on arms", note, 0)]);
        var encoded = BioTagging.Tag(document);
        Assert.Equal(["B-ADE", "I-ADE", "I-ADE", "B-Reason"], Tags(encoded));
        Assert.Equal(1, encoded.Encoding.TruncatedByOverlap);
        Assert.Equal(0, encoded.Encoding.DroppedByOverlap);
    }

    [Fact]
    public void Adjacent_entities_of_one_type_are_split_by_B()
    {
        const string note = "Tylenol Motrin aspirin/plavix";
        var document = new Document("d", note,
            [E("T1", "Drug", "Tylenol", note, 0), E("T2", "Drug", "Motrin", note, 8), E("T3", "Drug", "aspirin", note, 15), E("T4", "Drug", "plavix", note, 23)]);
        Assert.Equal(["B-Drug", "B-Drug", "B-Drug", "O", "B-Drug"], Tags(BioTagging.Tag(document)));
    }

    [Fact]
    public void Token_overlapping_an_entity_in_any_way_takes_its_type()
    {
        // Strength "25" strictly inside the glued token "25mg"; Drug "Lasi" ends inside "Lasix"; Route "O" starts inside "PO".
        const string note = "Lasix 25mg PO";
        var document = new Document("d", note,
            [E("T1", "Drug", "Lasi", note, 0), E("T2", "Strength", "25", note, 6), E("T3", "Route", "O", note, 12)]);
        var glued = BioTagging.Tag(document, TaggingOptions.Default with { SplitNumberUnits = false });
        Assert.Equal(["B-Drug", "B-Strength", "B-Route"], Tags(glued));
        Assert.Equal(["B-Drug", "B-Strength", "O", "B-Route"], Tags(BioTagging.Tag(document)));
    }

    [Fact]
    public void Entity_cut_by_a_blind_splitter_is_tagged_in_both_sentences_and_counted()
    {
        const string note = "He took Tylenol. Extra Strength was given.";
        var document = new Document("d", note, [E("T1", "Drug", "Tylenol. Extra Strength", note, 8)]);
        var blind = BioTagging.Tag(document, TaggingOptions.Default with { KeepEntitiesWhole = false });
        Assert.Equal(2, blind.Sentences.Length);
        Assert.Equal(["O", "O", "B-Drug", "I-Drug"], blind.Sentences[0].Tags.ToArray());
        Assert.Equal(["B-Drug", "I-Drug", "O", "O", "O"], blind.Sentences[1].Tags.ToArray());
        Assert.Equal(1, blind.Encoding.CutBySentence);
        Assert.Equal(0, BioTagging.Tag(document).Encoding.CutBySentence);
    }

    [Fact]
    public void Entity_over_whitespace_only_is_counted_without_tokens()
    {
        var document = new Document("d", "a   b", [Entity.Contiguous("T1", "Drug", 2, 3, " ")]);
        var encoded = BioTagging.Tag(document);
        Assert.Equal(["O", "O"], Tags(encoded));
        Assert.Equal(1, encoded.Encoding.WithoutTokens);
    }
}
