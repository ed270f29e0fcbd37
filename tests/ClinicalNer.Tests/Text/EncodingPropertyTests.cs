using ClinicalNer.Corpus;
using ClinicalNer.Sample.Lexicons;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;
using CsCheck;

namespace ClinicalNer.Tests.Text;

/// <summary>Properties of the tokenizer and of spans -> BIO -> spans over generated clinical-looking text.</summary>
public class EncodingPropertyTests
{
    static readonly string[] Pieces =
        ["Aspirin", "81", "mg", "b.i.d.", "p.o.", "Dr.", "[**2115-2-22**]", "[**Hospital 18**]", "(", ")", ".", ",", ":", "-", "1.", "2)",
         "\U0001F48A", "caf\u00E9", "25mg", "0.5", "1-2", "He", "PO", "q.4h.", "\u2013", "\u201Cok\u201D", "HISTORY", "Sig:", "*30*"];

    static readonly string[] Separators = [" ", " ", " ", "\n", "\r\n", "\n\n", "\u00A0", "\u2009", "  "];

    static readonly Gen<string> Text = Gen.Select(Gen.OneOfConst(Pieces), Gen.OneOfConst(Separators)).Array[1, 40]
        .Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)));

    [Fact]
    public void Tokens_cover_every_non_space_character_once_and_hold_no_whitespace()
    {
        var chars = Gen.OneOfConst("a", "Z", "7", ".", ",", "-", "/", ":", "'", "\u2019", "[", "*", "]", "(", " ", "\u00A0", "\u2009", "\r", "\n",
            "\t", "\U0001F48A", "\U0001D465", "e\u0301", "\u4E2D", "\u200B", "%", "\u2026", "_").Array[0, 60].Select(string.Concat);
        chars.Sample(text =>
        {
            var index = new CodePointIndex(text);
            var covered = new bool[text.Length];
            int previousEnd = 0;
            foreach (var token in ClinicalTokenizer.Tokenize(text))
            {
                Assert.True(token.Start >= previousEnd && token.End > token.Start);
                Assert.Equal(index.Slice(token.Start, token.End), token.Text);
                Assert.DoesNotContain(token.Text, c => char.IsWhiteSpace(c) || c == '\u200B');
                for (int i = index.ToUtf16(token.Start); i < index.ToUtf16(token.End); i++) covered[i] = true;
                previousEnd = token.End;
            }
            for (int i = 0; i < text.Length; i++)
                Assert.True(covered[i] || char.IsWhiteSpace(text[i]) || text[i] == '\u200B', $"'{text[i]}' at {i} of \"{text}\" is in no token");
        });
    }

    [Fact]
    public void Contiguous_token_aligned_entities_survive_encoding_and_decoding()
    {
        // Each choice skips 0-2 tokens, then lays an entity of 1-3 tokens and one of three types.
        string[] types = ["Drug", "Strength", "Frequency"];
        Gen.Select(Text, Gen.Int[0, 26].Array[0, 15], Gen.Bool).Sample((text, choices, glued) =>
        {
            var options = TaggingOptions.Default with { SplitNumberUnits = !glued };
            var tokens = ClinicalTokenizer.Tokenize(text, options.SplitNumberUnits);
            var index = new CodePointIndex(text);
            var spans = new List<EntitySpan>();
            int next = 0;
            foreach (int c in choices)
            {
                int first = next + c % 3, length = 1 + c / 3 % 3;
                if (first + length > tokens.Length) break;
                spans.Add(new EntitySpan(types[c / 9], tokens[first].Start, tokens[first + length - 1].End));
                next = first + length;
            }
            var entities = spans.Select((s, i) => Entity.Contiguous($"T{i + 1}", s.Type, s.Start, s.End, index.Slice(s.Start, s.End))).ToArray();
            var encoded = BioTagging.Tag(new Document("d", text, [.. entities]), options);

            Assert.Equal(spans, BioDecoder.Decode(encoded.Sentences).ToArray());
            Assert.Equal(0, encoded.Encoding.CutBySentence);
        });
    }
}
