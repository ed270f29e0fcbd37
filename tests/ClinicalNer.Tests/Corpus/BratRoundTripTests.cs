using System.Collections.Immutable;
using System.Text;
using ClinicalNer.Corpus;
using CsCheck;

namespace ClinicalNer.Tests.Corpus;

public class BratRoundTripTests
{
    static readonly string[] Types = ["Drug", "Strength", "Form", "Reason"];

    /// <summary>A random note (with CRLF, non-BMP characters and spaces) and random entities over it.</summary>
    static readonly Gen<Document> Documents =
        from pieces in Gen.OneOfConst("Aspirin", "81", "mg", " ", "\r\n", "\n", "\U0001F48A", "é", "[**2115-2-22**]", "b.i.d.").Array[1, 40]
        from seed in Gen.Int
        select MakeDocument(string.Concat(pieces), seed);

    static Document MakeDocument(string text, int seed)
    {
        var cp = new CodePointIndex(text);
        var random = new Random(seed);
        var entities = ImmutableArray.CreateBuilder<Entity>();
        var relations = ImmutableArray.CreateBuilder<Relation>();
        for (int i = 0; i < random.Next(0, 6) && cp.Length > 1; i++)
        {
            int a = random.Next(0, cp.Length - 1), b = random.Next(a + 1, cp.Length + 1);
            var fragments = ImmutableArray.Create(new Fragment(a, b));
            if (b + 1 < cp.Length && random.Next(3) == 0)
            {
                int c = random.Next(b + 1, cp.Length), d = random.Next(c + 1, cp.Length + 1);
                fragments = fragments.Add(new Fragment(c, d));
            }
            var covered = string.Join(" ", fragments.Select(f => cp.Slice(f.Start, f.End)));
            // brat writes a space where a mention crosses a line break.
            var field = new string(covered.Select(ch => ch is '\r' or '\n' ? ' ' : ch).ToArray());
            entities.Add(new Entity($"T{i + 1}", Types[random.Next(Types.Length)], fragments, field));
        }
        if (entities.Count >= 2) relations.Add(new Relation("R1", "Strength-Drug", "Arg1", "T2", "Arg2", "T1"));
        // A note, like a relation, needs the entity it points at.
        ImmutableArray<Annotation> notes = entities.Count >= 1 ? [new Annotation("#1", "#", "#1\tAnnotatorNotes T1\tnote")] : [];
        return new Document("100", text, entities.ToImmutable(), relations.ToImmutable(), notes);
    }

    [Fact]
    public void Read_write_read_is_the_identity()
    {
        Documents.Sample(doc =>
        {
            using var dir = new TempDir();
            BratWriter.Write(doc, dir.Path);
            var once = BratReader.ReadDocument(Path.Combine(dir.Path, "100.txt"));
            Assert.Equal(doc, once);
            BratWriter.Write(once, dir.Path);
            Assert.Equal(once, BratReader.ReadDocument(Path.Combine(dir.Path, "100.txt")));
        }, iter: 200);
    }

    [Fact]
    public void Writer_emits_brat_lines()
    {
        var doc = new Document("1", "Aspirin 81 mg", [new Entity("T1", "Drug", [new Fragment(0, 7)], "Aspirin"), new Entity("T2", "Strength", [new Fragment(8, 10), new Fragment(11, 13)], "81 mg")],
            [new Relation("R1", "Strength-Drug", "Arg1", "T2", "Arg2", "T1")], []);
        Assert.Equal("T1\tDrug 0 7\tAspirin\nT2\tStrength 8 10;11 13\t81 mg\nR1\tStrength-Drug Arg1:T2 Arg2:T1\n", BratWriter.FormatAnnotations(doc));
    }
}
