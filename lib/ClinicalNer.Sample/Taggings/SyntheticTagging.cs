using System.Collections.Immutable;
using ClinicalNer.Metrics;
using ClinicalNer.Runtime;
using ClinicalNer.Sample.Lexicons;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Sample.Taggings;

/// <summary>
/// Seeded random gold/prediction taggings shaped like n2c2 2018 Track 2 output, for benchmarks and for reference
/// files: about 85% <c>O</c>, the nine types at their shared-task frequencies, entities of 1 to ~5 tokens, a few
/// invalid gold sequences, and a prediction that drops, retypes, shifts and invents entities, writes invalid
/// sequences (<c>I-X</c> after <c>O</c>, <c>B-X I-Y</c>) and flips single labels. The same seed gives the same
/// tagging on every platform and .NET version (<see cref="SeededRandom"/>).
/// </summary>
public static class SyntheticTagging
{
    /// <summary>The paper's 19 labels in its id order (O = 0, B-X odd, I-X = B-X + 1).</summary>
    public static ImmutableArray<string> Labels { get; } =
    [
        "O", "B-Drug", "I-Drug", "B-Reason", "I-Reason", "B-Route", "I-Route", "B-Strength", "I-Strength", "B-Form", "I-Form",
        "B-Dosage", "I-Dosage", "B-Frequency", "I-Frequency", "B-Duration", "I-Duration", "B-ADE", "I-ADE",
    ];

    // Training-set entity counts per type, in label order (Drug, Reason, Route, Strength, Form, Dosage, Frequency, Duration, ADE).
    static ReadOnlySpan<int> TypeCounts => [16225, 3855, 5476, 6691, 6651, 4221, 6281, 592, 959];

    const double EntityStart = 0.09, EntityContinue = 0.45;

    /// <summary>
    /// A pair of about <paramref name="tokens"/> tokens (exactly that many) in sentences of
    /// <paramref name="minLength"/> to <paramref name="maxLength"/> words. With <paramref name="subtokens"/>, each word
    /// becomes 1 to 3 sub-tokens labelled with the paper's rule and the pair records word starts.
    /// </summary>
    public static TaggedPair Generate(int tokens, int seed, int minLength = 5, int maxLength = 40, bool subtokens = false)
    {
        if (tokens < 1) throw new ArgumentOutOfRangeException(nameof(tokens), tokens, "need at least one token");
        var vocabulary = new LabelVocabulary();
        foreach (string label in Labels) vocabulary.Intern(label);
        var random = new SeededRandom(seed);
        var gold = new List<int>(tokens + maxLength * 3);
        var predicted = new List<int>(tokens + maxLength * 3);
        var wordStarts = subtokens ? new List<bool>(tokens + maxLength * 3) : null;
        var starts = new List<int> { 0 };
        var goldWords = new List<int>();
        var predictedWords = new List<int>();
        while (gold.Count < tokens)
        {
            Sentence(random, minLength, maxLength, goldWords, predictedWords);
            for (int w = 0; w < goldWords.Count && gold.Count < tokens; w++)
            {
                int pieces = subtokens ? Pieces(random) : 1;
                for (int k = 0; k < pieces && gold.Count < tokens; k++)
                {
                    gold.Add(k == 0 ? goldWords[w] : Continuation(goldWords[w]));
                    predicted.Add(k == 0 ? predictedWords[w] : Continuation(predictedWords[w]));
                    wordStarts?.Add(k == 0);
                }
            }
            starts.Add(gold.Count);
        }
        return TaggedPair.FromIds(vocabulary, [.. gold], [.. predicted], [.. starts], wordStarts?.ToArray());
    }

    /// <summary><paramref name="count"/> gold and predicted sentences of <paramref name="minLength"/> to <paramref name="maxLength"/> tokens, every token's text "w".</summary>
    public static (ImmutableArray<Sentence> Gold, ImmutableArray<Sentence> Predicted) GenerateSentences(int count, int seed, int minLength = 5, int maxLength = 40)
    {
        var random = new SeededRandom(seed);
        var gold = ImmutableArray.CreateBuilder<Sentence>(count);
        var predicted = ImmutableArray.CreateBuilder<Sentence>(count);
        var goldWords = new List<int>();
        var predictedWords = new List<int>();
        for (int s = 0; s < count; s++)
        {
            Sentence(random, minLength, maxLength, goldWords, predictedWords);
            ImmutableArray<Token> words = [.. goldWords.Select(_ => new Token("w", -1, -1))];
            gold.Add(new Sentence("", -1, -1, words, [.. goldWords.Select(l => Labels[l])]));
            predicted.Add(new Sentence("", -1, -1, words, [.. predictedWords.Select(l => Labels[l])]));
        }
        return (gold.MoveToImmutable(), predicted.MoveToImmutable());
    }

    /// <summary>One sentence's word labels (ids into <see cref="Labels"/>): the gold, then a noisy prediction of it.</summary>
    static void Sentence(SeededRandom random, int minLength, int maxLength, List<int> gold, List<int> predicted)
    {
        gold.Clear();
        predicted.Clear();
        int length = random.Next(minLength, maxLength + 1);
        while (gold.Count < length)
        {
            if (random.NextDouble() >= EntityStart)
            {
                gold.Add(0);
                continue;
            }
            int type = Type(random);
            int size = 1;
            while (gold.Count + size < length && random.NextDouble() < EntityContinue) size++;
            bool invalidStart = random.NextDouble() < 0.01;
            for (int k = 0; k < size; k++) gold.Add(k == 0 && !invalidStart ? Begin(type) : Begin(type) + 1);
        }
        predicted.AddRange(gold);
        Perturb(random, predicted);
    }

    /// <summary>Turns a copy of the gold labels into a plausible prediction, entity by entity, then label by label.</summary>
    internal static void Perturb(SeededRandom random, List<int> labels)
    {
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] == 0 || (i > 0 && labels[i - 1] != 0 && TypeOf(labels[i - 1]) == TypeOf(labels[i]) && IsInside(labels[i]))) continue;
            int end = i + 1;
            while (end < labels.Count && IsInside(labels[end]) && TypeOf(labels[end]) == TypeOf(labels[i])) end++;
            double roll = random.NextDouble();
            if (roll < 0.08) Fill(labels, i, end, _ => 0);                                        // missed
            else if (roll < 0.13)                                                                   // wrong type
            {
                int type = Type(random);
                Fill(labels, i, end, k => k == i ? Begin(type) : Begin(type) + 1);
            }
            else if (roll < 0.17 && end < labels.Count && labels[end] == 0) labels[end] = Begin(TypeOf(labels[i])) + 1; // too long
            else if (roll < 0.20 && end - i > 1) labels[end - 1] = 0;                              // too short
            else if (roll < 0.23) labels[i] = Begin(TypeOf(labels[i])) + 1;                        // I-X after O
            else if (roll < 0.25 && end - i > 1) labels[i + 1] = Begin(Type(random)) + 1;          // B-X I-Y
            i = end - 1;
        }
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] == 0 && random.NextDouble() < 0.01) labels[i] = Begin(Type(random));    // spurious
            else if (random.NextDouble() < 0.005) labels[i] = random.Next(Labels.Length);          // label flip
        }
    }

    static void Fill(List<int> labels, int start, int end, Func<int, int> label)
    {
        for (int k = start; k < end; k++) labels[k] = label(k);
    }

    static int Type(SeededRandom random)
    {
        int total = 0;
        foreach (int c in TypeCounts) total += c;
        int pick = random.Next(total);
        for (int t = 0; t < TypeCounts.Length; t++)
        {
            if (pick < TypeCounts[t]) return t;
            pick -= TypeCounts[t];
        }
        return TypeCounts.Length - 1;
    }

    static int Pieces(SeededRandom random) => random.NextDouble() switch { < 0.7 => 1, < 0.9 => 2, _ => 3 };
    static int Begin(int type) => 1 + 2 * type;
    static int TypeOf(int label) => (label - 1) / 2;
    static bool IsInside(int label) => label != 0 && label % 2 == 0;
    static int Continuation(int label) => label != 0 && !IsInside(label) ? label + 1 : label;
}
