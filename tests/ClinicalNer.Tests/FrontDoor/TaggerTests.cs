using ClinicalNer.Metrics;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Tests.FrontDoor;

public class TaggerTests
{
    static readonly string[] Verbs = ["Started", "Stopped", "Continue"];
    static readonly string[] Drugs = ["warfarin", "aspirin", "heparin", "metoprolol", "lisinopril", "insulin"];

    /// <summary>
    /// A CoNLL corpus of one-line orders (<c>Started warfarin 5 mg daily .</c>): a drug and its strength in every
    /// sentence, so that a tiny model learns them in seconds. Test sentences pair verbs and drugs differently from train.
    /// </summary>
    static string WriteCorpus(string root)
    {
        string Sentence(string verb, string drug, int dose) =>
            $"{verb} O\n{drug} B-Drug\n{dose} B-Strength\nmg I-Strength\ndaily O\n. O\n\n";
        var folder = Path.Combine(root, "orders");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "train.txt"), string.Concat(
            from verb in Verbs from drug in Drugs from dose in new[] { 5, 10 } select Sentence(verb, drug, dose)));
        File.WriteAllText(Path.Combine(folder, "valid.txt"), string.Concat(Drugs.Select((d, i) => Sentence(Verbs[i % 3], d, 20))));
        File.WriteAllText(Path.Combine(folder, "test.txt"), string.Concat(Drugs.Select((d, i) => Sentence(Verbs[(i + 1) % 3], d, 40))));
        return folder;
    }

    [Fact]
    public void Corpus_opens_train_dev_and_test_of_a_conll_folder()
    {
        using var temp = new TempDir();
        var corpus = NerCorpus.Open(WriteCorpus(temp.Path));
        Assert.Equal((36, 6, 6), (corpus.Train.Length, corpus.Dev.Length, corpus.Test.Sentences.Length));
        Assert.Equal("O B-Drug B-Strength I-Strength O O", string.Join(" ", corpus.Test.Sentences[0].Tags));
        Assert.Null(corpus.Test.Brat);
    }

    [Fact]
    public void A_trained_tagger_loads_from_its_folder_predicts_entities_at_their_offsets_and_evaluates_by_unit()
    {
        using var temp = new TempDir();
        var corpus = NerCorpus.Open(WriteCorpus(temp.Path));
        var folder = Path.Combine(temp.Path, "run");
        using (Tagger.Train(corpus, TrainOptions.Tiny(Model.TransformerCrf, epochs: 12), folder)) { }

        using var tagger = Tagger.Load(folder);
        const string text = "Started warfarin 5 mg daily.";
        var entities = tagger.Predict(text);
        Assert.Equal([("Drug", 8, 16, "warfarin"), ("Strength", 17, 21, "5 mg")], entities.Select(e => (e.Type, e.Start, e.End, e.Text)));
        Assert.All(entities, e => Assert.InRange(e.Confidence, 0.5, 1));

        var evaluation = tagger.Evaluate(corpus.Test);
        Assert.Equal(1.0, evaluation[ScoreUnit.EntityStrict].Micro.F1);
        Assert.False(evaluation.Reports.ContainsKey(ScoreUnit.N2c2Strict)); // n2c2 units score brat corpora only
        Assert.Null(evaluation.Collapse);
        Assert.True(File.Exists(tagger.Run.MetricsPath));
    }
}
