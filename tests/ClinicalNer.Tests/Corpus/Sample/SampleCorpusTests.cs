using System.Text;
using ClinicalNer.Corpus;
using ClinicalNer.Sample;
using ClinicalNer.Sample.Lexicons;
using ClinicalNer.Sample.Notes;

namespace ClinicalNer.Tests.Corpus.Sample;

public class SampleCorpusTests(SampleCorpusFixture sample) : IClassFixture<SampleCorpusFixture>
{
    [Fact]
    public void Bundled_sample_is_byte_identical_to_a_fresh_generation()
    {
        string bundled = Path.Combine(RepositoryRoot.Path, "data", "sample");
        string fresh = Path.Combine(Path.GetTempPath(), "sample-" + Guid.NewGuid().ToString("N"));
        try
        {
            SampleCorpus.Generate(new SampleOptions()).Write(fresh);
            foreach (var split in new[] { "train", "test" })
            {
                var expected = Directory.GetFiles(Path.Combine(fresh, split)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
                var actual = Directory.GetFiles(Path.Combine(bundled, split)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
                Assert.Equal(expected, actual);
                foreach (var name in expected)
                    Assert.True(File.ReadAllBytes(Path.Combine(fresh, split, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(bundled, split, name!))),
                                $"data/sample/{split}/{name} differs from a fresh generation (regenerate: rm -r data/sample && clinical-ner sample --out data/sample)");
            }
        }
        finally
        {
            Directory.Delete(fresh, recursive: true);
        }
    }

    [Fact]
    public void Bundled_sample_reads_back_strictly_under_the_n2c2_preset_as_generated()
    {
        var generated = SampleCorpus.Generate(new SampleOptions());
        foreach (var (split, documents) in new[] { ("train", generated.Train), ("test", generated.Test) })
        {
            var folder = BratReader.ReadFolder(Path.Combine(RepositoryRoot.Path, "data", "sample", split), BratReaderOptions.N2c2);
            Assert.Empty(folder.Skipped);
            Assert.Equal<Document>(documents, folder.Documents);
        }
    }

    [Fact]
    public void Same_seed_gives_the_same_notes_and_another_seed_different_ones()
    {
        var options = new SampleOptions(Seed: 99, TrainDocuments: 4, TestDocuments: 2);
        var first = SampleCorpus.Generate(options);
        var again = SampleCorpus.Generate(options);
        var other = SampleCorpus.Generate(options with { Seed = 100 });
        Assert.Equal(first.Train.Concat(first.Test), again.Train.Concat(again.Test));
        Assert.Empty(first.Train.Select(d => d.Text).Intersect(other.Train.Select(d => d.Text)));
        Assert.NotEqual(first.Train.Select(d => d.Id), other.Train.Select(d => d.Id));
    }

    [Fact]
    public void Ids_are_six_digit_numbers_shared_by_no_two_notes()
    {
        var ids = sample.All.Select(n => n.Document.Id).ToList();
        Assert.All(ids, id => Assert.Matches("^[1-9][0-9]{5}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(60, sample.Notes.Train.Length);
        Assert.Equal(20, sample.Notes.Test.Length);
    }

    [Fact]
    public void Every_T_line_text_equals_the_note_text_at_its_offsets()
    {
        int checkedLines = 0;
        foreach (var note in sample.All)
        {
            var text = note.Document.Text;
            Assert.DoesNotContain('\r', text);
            var codePoints = text.EnumerateRunes().Select(r => r.ToString()).ToArray();
            foreach (var line in BratWriter.FormatAnnotations(note.Document).Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l[0] == 'T'))
            {
                var fields = line.Split('\t');
                var fragments = fields[1][(fields[1].IndexOf(' ') + 1)..].Split(';').Select(f => f.Split(' ').Select(int.Parse).ToArray()).ToArray();
                var covered = fragments.Select(f => string.Concat(codePoints[f[0]..f[1]]));
                Assert.Equal(fields[2], string.Join(' ', covered));
                Assert.All(fragments, f => Assert.True(f[0] < f[1] && !string.Concat(codePoints[f[0]..f[1]]).Contains('\n'), $"{note.Document.Id}: {line}"));
                checkedLines++;
            }
        }
        Assert.True(checkedLines > 4_000, $"only {checkedLines} T lines");
    }

    [Fact]
    public void Relations_tie_an_attribute_to_a_drug_as_n2c2_types_them()
    {
        string[] n2c2Relations = ["Strength-Drug", "Form-Drug", "Dosage-Drug", "Frequency-Drug", "Route-Drug", "Duration-Drug", "Reason-Drug", "ADE-Drug"];
        var seen = new HashSet<string>();
        foreach (var document in sample.All.Select(n => n.Document))
        {
            Assert.Equal(Enumerable.Range(1, document.Entities.Length).Select(i => $"T{i}"), document.Entities.Select(e => e.Id));
            Assert.Equal(Enumerable.Range(1, document.Relations.Length).Select(i => $"R{i}"), document.Relations.Select(r => r.Id));
            var types = document.Entities.ToDictionary(e => e.Id, e => e.Type);
            foreach (var r in document.Relations)
            {
                Assert.Equal($"{types[r.Arg1]}-Drug", r.Type);
                Assert.Equal("Drug", types[r.Arg2]);
                seen.Add(r.Type);
            }
        }
        Assert.Equal(n2c2Relations.Order(), seen.Order());
    }

    [Fact]
    public void All_nine_types_appear_in_roughly_the_shared_tasks_proportions()
    {
        // n2c2-2018 Track 2 training notes (Henry et al., JAMIA 2020, Table 1).
        var n2c2 = new Dictionary<string, int>
        {
            ["Drug"] = 16_225, ["Strength"] = 6_691, ["Form"] = 6_651, ["Frequency"] = 6_281, ["Route"] = 5_476,
            ["Dosage"] = 4_221, ["Reason"] = 3_855, ["ADE"] = 959, ["Duration"] = 592,
        };
        var counts = sample.Notes.Train.SelectMany(n => n.Document.Entities).CountBy(e => e.Type).ToDictionary();
        Assert.Equal(EntityTypes.N2c2.Order(), counts.Keys.Order());
        double total = counts.Values.Sum(), n2c2Total = n2c2.Values.Sum();
        foreach (var (type, reference) in n2c2)
        {
            double ratio = counts[type] / total / (reference / n2c2Total);
            Assert.True(ratio is > 0.7 and < 1.4, $"{type}: {counts[type]} is {ratio:0.00} times its n2c2 share");
        }
        var ranked = counts.OrderByDescending(kv => kv.Value).Select(kv => kv.Key).ToList();
        Assert.Equal("Drug", ranked[0]);
        Assert.Equal(["ADE", "Duration"], ranked.TakeLast(2).Order());
    }

    [Fact]
    public void Discontinuous_and_overlapping_mentions_are_present()
    {
        var entities = sample.All.SelectMany(n => n.Document.Entities).ToList();
        Assert.InRange(entities.Count(e => e.IsDiscontinuous), 5, 100);
        int overlapping = sample.All.Sum(n => n.Document.Entities.Count(a => n.Document.Entities.Any(b => b.Id != a.Id && a.Start < b.End && b.Start < a.End)));
        Assert.InRange(overlapping, 10, 400);
    }

    [Fact]
    public void About_three_quarters_of_sentences_carry_no_entity()
    {
        double share = (double)sample.All.Sum(n => n.EntityFreeSentences) / sample.All.Sum(n => n.Sentences);
        Assert.InRange(share, 0.70, 0.80);
    }

    [Fact]
    public void Bundled_sample_has_a_few_thousand_training_sentences()
    {
        Assert.InRange(sample.Notes.Train.Sum(n => n.Sentences), 3_000, 5_000);
    }

    [Fact]
    public void Typical_notes_have_the_n2c2_average_length_and_entity_free_share()
    {
        var (train, _) = SampleCorpus.GenerateNotes(new SampleOptions(TrainDocuments: 40, TestDocuments: 0, Length: NoteLength.Typical));
        // n2c2 training notes: 41,497 sentences in 303 notes, 137 a note, 75.1% without an entity.
        Assert.InRange(train.Average(n => n.Sentences), 120, 155);
        Assert.InRange((double)train.Sum(n => n.EntityFreeSentences) / train.Sum(n => n.Sentences), 0.70, 0.80);
    }

    [Fact]
    public void Held_out_drug_names_appear_in_test_notes_only()
    {
        bool IsHeldOut(Entity e) => e.Type == "Drug" && MedicationLexicon.HeldOutDrugs.Contains(e.Text);
        Assert.DoesNotContain(sample.Notes.Train.SelectMany(n => n.Document.Entities), IsHeldOut);
        Assert.True(sample.Notes.Test.SelectMany(n => n.Document.Entities).Count(IsHeldOut) >= 10);
    }

    [Fact]
    public void A_word_is_a_drug_in_one_place_and_plain_text_in_another()
    {
        // Allergy lists, lab lines and histories name drugs outside any mention, as in MIMIC notes.
        var documents = sample.All.Select(n => n.Document).ToList();
        Assert.Contains(documents, d => d.Text.Contains("BLOOD Vanco-", StringComparison.Ordinal));
        Assert.Contains(documents, d => d.Text.Contains("Coumadin clinic", StringComparison.Ordinal));
        var tabletMentions = documents.Sum(d => d.Entities.Count(e => e.Text == "Tablet"));
        var tabletWords = documents.Sum(d => CountOf(d.Text, "Tablet(s)"));
        Assert.True(tabletMentions > 50 && tabletWords > 50, $"{tabletMentions} Form mentions, {tabletWords} unannotated Tablet(s)");
    }

    [Fact]
    public void Reason_and_ADE_share_words_that_only_context_tells_apart()
    {
        var entities = sample.All.SelectMany(n => n.Document.Entities).ToList();
        var reasons = entities.Where(e => e.Type == "Reason").Select(e => e.Text.ToLowerInvariant()).ToHashSet();
        var shared = entities.Where(e => e.Type == "ADE").Select(e => e.Text.ToLowerInvariant()).Where(reasons.Contains).Distinct().ToList();
        Assert.True(shared.Count >= 10, $"only {shared.Count} words are both Reason and ADE: {string.Join(", ", shared)}");
    }

    [Fact]
    public void Writing_over_existing_notes_is_refused()
    {
        string directory = Path.Combine(Path.GetTempPath(), "sample-" + Guid.NewGuid().ToString("N"));
        try
        {
            var corpus = SampleCorpus.Generate(new SampleOptions(TrainDocuments: 1, TestDocuments: 1));
            corpus.Write(directory);
            var error = Assert.Throws<IOException>(() => corpus.Write(directory));
            Assert.Contains("already holds brat files", error.Message);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Negative_document_counts_are_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => SampleCorpus.Generate(new SampleOptions(TrainDocuments: -1)));
        Assert.Contains("must not be negative", error.Message);
    }

    static int CountOf(string text, string word)
    {
        int count = 0;
        for (int i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
