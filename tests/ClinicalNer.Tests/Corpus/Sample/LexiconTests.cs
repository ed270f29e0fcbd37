using ClinicalNer.Sample.Lexicons;

namespace ClinicalNer.Tests.Corpus.Sample;

public class LexiconTests
{
    [Fact]
    public void Hundreds_of_drug_names_each_in_one_class()
    {
        var names = MedicationLexicon.Classes.SelectMany(c => c.Drugs).ToList();
        Assert.True(names.Count >= 500, $"{names.Count} names");
        var duplicates = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_drug_can_be_written_up_in_a_pharmacy_list()
    {
        foreach (var c in MedicationLexicon.Classes.Where(c => !c.IsClassWords))
        {
            Assert.NotEmpty(c.Indications);
            Assert.NotEmpty(c.AdverseEffects);
            Assert.True(c.TrainingDrugs.Length >= 3, c.Name);
            foreach (var name in c.Drugs)
            {
                var m = new Medication(name, c);
                Assert.False(m.Forms.IsEmpty, name);
                Assert.False(m.Routes.IsEmpty, name);
                Assert.False(m.Frequencies.IsEmpty, name);
                Assert.False(m.Indications.IsEmpty, name);
            }
        }
    }

    [Fact]
    public void Every_name_has_a_dosing_row_and_brands_dose_as_their_generic()
    {
        var missing = MedicationLexicon.Classes.SelectMany(c => c.Drugs).Where(n => !DosingLexicon.Has(n));
        Assert.Empty(missing);
        Assert.Same(DosingLexicon.For("warfarin"), DosingLexicon.For("Coumadin"));
        Assert.Same(DosingLexicon.For("metoprolol succinate"), DosingLexicon.For("Toprol XL"));
        Assert.Contains("5 mg", DosingLexicon.For("Coumadin").Strengths);
        Assert.DoesNotContain("150 mg", DosingLexicon.For("Coumadin").Strengths);
    }

    [Theory]
    [InlineData(1, "One (1)")]
    [InlineData(20, "Twenty (20)")]
    [InlineData(22, "Twenty Two (22)")]
    [InlineData(40, "Forty (40)")]
    public void Pharmacy_counts_spell_the_number_then_give_it_in_digits(int n, string expected) =>
        Assert.Equal(expected, SigLexicon.PharmacyCount(n));

    [Theory]
    [InlineData("piperacillin-tazobactam", "Piperacillin-Tazobactam")]
    [InlineData("metoprolol tartrate", "Metoprolol Tartrate")]
    [InlineData("HCTZ", "HCTZ")]
    public void Pharmacy_lists_title_case_every_word(string name, string expected) => Assert.Equal(expected, Spelling.Title(name));
}
