using ClinicalNer.Runtime;
using ClinicalNer.Sample.Lexicons;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Text.WordPiece;
using Microsoft.ML.Tokenizers;

namespace ClinicalNer.Tests.Text;

public class WordPieceTrainerTests
{
    // The Hugging Face course's BPE example: hug x10, pug x5, pun x12, bun x4, hugs x5.
    static readonly string[] HugCorpus = [.. Repeat("hug", 10), .. Repeat("pug", 5), .. Repeat("pun", 12), .. Repeat("bun", 4), .. Repeat("hugs", 5)];

    static readonly WordPieceTrainerOptions Unbounded = new() { VocabSize = 1_000, MinFrequency = 1 };

    static IEnumerable<string> Repeat(string word, int times) => Enumerable.Repeat(word, times);

    static string[] Pieces(WordPieceVocabulary vocabulary, string text) =>
        [.. vocabulary.CreateTokenizer().EncodeToTokens(text, out _).Select(t => t.Value)];

    [Fact]
    public void Hand_worked_corpus_gives_the_expected_merges_in_order()
    {
        // Worked by hand. Initial pair counts: (##u,##g) 20, (p,##u) 17, (##u,##n) 16, (h,##u) 15, (##g,##s) 5, (b,##u) 4.
        // After ##ug: (h,##ug) 15, (##u,##n) 16, (p,##u) 12, ... ; after ##un: (h,##ug) 15, (p,##un) 12; then the tie
        // at 5 between (hug,##s) and (p,##ug) goes to the ordinally smaller left piece "hug".
        var v = WordPieceTrainer.Train(HugCorpus, Unbounded);
        Assert.Equal(
        [
            new WordPieceMerge("##u", "##g", "##ug", 20),
            new WordPieceMerge("##u", "##n", "##un", 16),
            new WordPieceMerge("h", "##ug", "hug", 15),
            new WordPieceMerge("p", "##un", "pun", 12),
            new WordPieceMerge("hug", "##s", "hugs", 5),
            new WordPieceMerge("p", "##ug", "pug", 5),
            new WordPieceMerge("b", "##un", "bun", 4),
        ], v.Merges.ToArray());
    }

    [Fact]
    public void Vocabulary_is_special_tokens_then_every_character_alone_and_continuing_then_merges()
    {
        var v = WordPieceTrainer.Train(HugCorpus, Unbounded);
        Assert.Equal(
        [
            "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]",
            "b", "g", "h", "n", "p", "s", "u",
            "##b", "##g", "##h", "##n", "##p", "##s", "##u",
            "##ug", "##un", "hug", "pun", "hugs", "pug", "bun",
        ], v.Tokens.ToArray());
        Assert.Equal((5, 0), (v.WordTypes, v.UnknownWordTypes));
    }

    [Fact]
    public void Vocab_size_caps_the_vocabulary()
    {
        var v = WordPieceTrainer.Train(HugCorpus, Unbounded with { VocabSize = 22 });
        Assert.Equal(22, v.Tokens.Length);
        Assert.Equal(["##ug", "##un", "hug"], v.Merges.Select(m => m.Merged).ToArray());
    }

    [Fact]
    public void Pairs_rarer_than_the_minimum_frequency_are_not_merged()
    {
        var v = WordPieceTrainer.Train(HugCorpus, Unbounded with { MinFrequency = 5 });
        Assert.Equal(["##ug", "##un", "hug", "pun", "hugs", "pug"], v.Merges.Select(m => m.Merged).ToArray());
    }

    [Fact]
    public void Written_vocab_loads_in_ML_Tokenizers_and_splits_words_into_pieces()
    {
        var v = WordPieceTrainer.Train(HugCorpus, Unbounded with { VocabSize = 22 });
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "vocab.txt");
        v.Write(path);
        Assert.Equal(string.Join('\n', v.Tokens) + "\n", File.ReadAllText(path));

        string[] expected = ["hug", "##s", "b", "##un", "g", "##n", "##u"];
        var ours = BertTokenizerFactory.FromFile(path, lowerCase: false);
        Assert.Equal(expected, ours.EncodeToTokens("hugs bun gnu", out _).Select(t => t.Value).ToArray());
        // The library's own BERT tokenizer reads the same file the same way for plain words.
        var stock = BertTokenizer.Create(path, new BertOptions { LowerCaseBeforeTokenization = false });
        Assert.Equal(expected, stock.EncodeToTokens("hugs bun gnu", out _).Select(t => t.Value).ToArray());
        Assert.Equal([2, 21, 17, 5, 20, 6, 15, 18, 3], stock.EncodeToIds("hugs bun gnu").ToArray());
    }

    [Fact]
    public void A_word_with_an_unknown_character_becomes_unk()
    {
        var v = WordPieceTrainer.Train(HugCorpus, Unbounded);
        Assert.Equal(["hug", "[UNK]", "pun"], Pieces(v, "hug hux pun"));
    }

    [Fact]
    public void Alphabet_limit_leaves_out_the_rarest_characters()
    {
        // b (4) is the rarest of b g h n p s u; its word "bun" is then not learned from.
        var v = WordPieceTrainer.Train(HugCorpus, Unbounded with { AlphabetLimit = 6 });
        Assert.Equal(["b"], v.LeftOutCharacters.ToArray());
        Assert.Equal(1, v.UnknownWordTypes);
        Assert.DoesNotContain("b", v.Tokens);
        Assert.DoesNotContain("bun", v.Tokens);
        Assert.Equal(["[UNK]", "pun"], Pieces(v, "bun pun"));
    }

    [Fact]
    public void Lower_casing_learns_from_lower_cased_text()
    {
        var v = WordPieceTrainer.Train(["Hug HUG hug"], Unbounded with { LowerCase = true });
        Assert.Contains("hug", v.Tokens);
        Assert.DoesNotContain(v.Tokens.Skip(5), t => t.Any(char.IsUpper));
        Assert.Equal(["hug"], Pieces(v, "HUG"));
    }

    [Fact]
    public void Every_word_of_clinical_text_is_spelled_back_by_its_pieces()
    {
        var v = WordPieceTrainer.Train(ClinicalText.Sentences, new WordPieceTrainerOptions { VocabSize = 300 });
        Assert.Equal(300, v.Tokens.Length);
        var tokenizer = v.CreateTokenizer();
        int split = 0, whole = 0;
        foreach (var sentence in ClinicalText.Sentences)
        {
            var tokens = tokenizer.EncodeToTokens(sentence, out var normalized);
            var text = normalized ?? sentence;
            foreach (var (offset, length) in BertPreTokenizer.Instance.PreTokenize(text))
            {
                var pieces = tokens.Where(t => t.Offset.Start.Value >= offset && t.Offset.End.Value <= offset + length).Select(t => t.Value).ToArray();
                Assert.DoesNotContain("[UNK]", pieces);
                Assert.False(pieces[0].StartsWith("##"));
                Assert.All(pieces.Skip(1), p => Assert.StartsWith("##", p));
                Assert.Equal(text.Substring(offset, length), string.Concat(pieces.Select(p => p.StartsWith("##") ? p[2..] : p)));
                if (pieces.Length > 1) split++; else whole++;
            }
        }
        Assert.True(split > 20 && whole > 20, $"{split} words split, {whole} whole");
    }

    [Fact]
    public void The_order_of_the_corpus_does_not_change_the_vocabulary()
    {
        var options = new WordPieceTrainerOptions { VocabSize = 250 };
        var forward = WordPieceTrainer.Train(ClinicalText.Sentences, options);
        var backward = WordPieceTrainer.Train(ClinicalText.Sentences.Reverse(), options);
        Assert.Equal(forward.Tokens.ToArray(), backward.Tokens.ToArray());
        Assert.Equal(forward.Merges.ToArray(), backward.Merges.ToArray());
    }

    [Fact]
    public void Merges_equal_a_brute_force_learner_on_random_corpora()
    {
        for (int seed = 1; seed <= 40; seed++)
        {
            var random = new SeededRandom(seed);
            var counts = new Dictionary<string, long>();
            for (int i = 0; i < 30; i++)
            {
                var word = new string([.. Enumerable.Range(0, random.Next(1, 8)).Select(_ => "abcd"[random.Next(4)])]);
                counts[word] = counts.GetValueOrDefault(word) + random.Next(1, 20);
            }
            var options = new WordPieceTrainerOptions { VocabSize = random.Next(15, 70), MinFrequency = random.Next(1, 4) };
            var texts = counts.SelectMany(kv => Enumerable.Repeat(kv.Key, (int)kv.Value));

            var v = WordPieceTrainer.Train(texts, options);

            Assert.Equal(BruteForceMerges(counts, options), v.Merges.Select(m => (m.Left, m.Right, m.Frequency)).ToArray());
        }
    }

    /// <summary>Recounts every pair from scratch at each step; picks the most frequent, ties to the ordinally smaller pair.</summary>
    static (string, string, long)[] BruteForceMerges(Dictionary<string, long> counts, WordPieceTrainerOptions options)
    {
        var words = counts.Select(kv => (Pieces: kv.Key.Select((c, i) => i == 0 ? $"{c}" : $"##{c}").ToList(), Count: kv.Value)).ToList();
        var alphabet = counts.Keys.SelectMany(w => w).Distinct().Count();
        var vocab = new HashSet<string>();
        var merges = new List<(string, string, long)>();
        while (5 + 2 * alphabet + vocab.Count < options.VocabSize)
        {
            var pairs = new Dictionary<(string, string), long>();
            foreach (var (pieces, count) in words)
                for (int i = 0; i + 1 < pieces.Count; i++)
                    pairs[(pieces[i], pieces[i + 1])] = pairs.GetValueOrDefault((pieces[i], pieces[i + 1])) + count;
            if (pairs.Count == 0) break;
            var best = pairs.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Item1, StringComparer.Ordinal)
                .ThenBy(p => p.Key.Item2, StringComparer.Ordinal).First();
            if (best.Value < options.MinFrequency) break;
            var (left, right) = best.Key;
            var merged = left + right[2..];
            merges.Add((left, right, best.Value));
            vocab.Add(merged);
            foreach (var (pieces, _) in words)
                for (int i = 0; i + 1 < pieces.Count; i++)
                    if (pieces[i] == left && pieces[i + 1] == right)
                    {
                        pieces[i] = merged;
                        pieces.RemoveAt(i + 1);
                    }
        }
        return [.. merges];
    }
}
