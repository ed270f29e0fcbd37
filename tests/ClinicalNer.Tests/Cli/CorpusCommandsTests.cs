using System.CommandLine;
using System.Text.Json;
using ClinicalNer.Cli.Commands;
using ClinicalNer.Cli.Commands.Bench;
using ClinicalNer.Sample.Lexicons;
using ClinicalNer.Tests.Text;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Conll;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Tests.Cli;

/// <summary>The <c>stats</c>, <c>convert</c> and <c>downsample</c> verbs: the issue's names, flags, JSON keys and exit codes.</summary>
public class CorpusCommandsTests
{
    static (int Code, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { StatsCommand.Create(), ConvertCommand.Create(), DownsampleCommand.Create() };
        var (output, error) = (new StringWriter(), new StringWriter());
        int code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Stats_json_has_the_issue_keys_with_the_hand_counted_values()
    {
        using var corpus = new TinyCorpus();
        var (code, output, _) = Run("stats", corpus.Folder, "--json");

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(2, json.GetProperty("documents").GetInt32());
        Assert.Equal(5, json.GetProperty("sentences").GetInt32());
        Assert.Equal(20, json.GetProperty("tokens").GetInt32());
        Assert.Equal(2, json.GetProperty("entities").GetProperty("Reason").GetInt32());
        Assert.Equal(1, json.GetProperty("discontinuous").GetInt32());
        Assert.Equal(2, json.GetProperty("overlapping").GetInt32());
        Assert.Equal(2, json.GetProperty("entity_free_sentences").GetInt32());
        Assert.Equal(11, json.GetProperty("labels").GetProperty("O").GetInt32());
        Assert.Equal(5, json.GetProperty("ceiling").GetProperty("fragments").GetProperty("exact").GetInt32());
        Assert.Equal(1, json.GetProperty("ceiling").GetProperty("merge").GetProperty("lost").GetProperty("overlap").GetInt32());
    }

    [Fact]
    public void Stats_of_a_corpus_root_prints_train_and_test()
    {
        using var train = new TinyCorpus("train");
        Directory.CreateDirectory(Path.Combine(train.Root, "test"));
        train.Write("test/c.txt", "Lasix daily.\n");
        train.Write("test/c.ann", "T1\tDrug 0 5\tLasix\n");

        var (code, output, _) = Run("stats", train.Root, "--json");
        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(2, json.GetProperty("train").GetProperty("documents").GetInt32());
        Assert.Equal(1, json.GetProperty("test").GetProperty("documents").GetInt32());
        var (_, text, _) = Run("stats", train.Root);
        Assert.Contains("(brat)", text);
        Assert.Contains("encoding ceiling", text);
    }

    [Fact]
    public void Stats_reads_a_conll_file_in_the_scheme_given()
    {
        using var corpus = new TinyCorpus();
        var file = corpus.Write("x.conll", "Aspirin S-Drug\n81 B-Strength\nmg E-Strength\n");
        var (code, output, _) = Run("stats", file, "--scheme", "bioes", "--json");
        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(JsonValueKind.Null, json.GetProperty("documents").ValueKind);
        Assert.Equal(1, json.GetProperty("entities").GetProperty("Strength").GetInt32());
    }

    [Fact]
    public void Convert_writes_neuroner_columns_with_code_point_offsets_and_the_file_stem()
    {
        using var corpus = new TinyCorpus();
        var target = Path.Combine(corpus.Root, "out.txt");
        var (code, output, _) = Run("convert", corpus.Folder, "--out", target);

        Assert.Equal(0, code);
        Assert.Contains("2 documents, 5 sentences, 20 tokens, 6 entities encoded as 7 spans (discontinuous: fragments", output);
        Assert.StartsWith(
            "Aspirin a 0 7 B-Drug\n81 a 8 10 B-Strength\nmg a 11 13 I-Strength\ndaily a 14 19 B-Frequency\n. a 19 20 O\n\n" +
            "No a 22 24 O\ncomplaints a 25 35 O\n. a 35 36 O\n\n" +
            "upper b 0 5 B-Reason\nand b 6 9 O\nlower b 10 15 B-Reason\nGI b 16 18 I-Reason\nbleed b 19 24 I-Reason\n. b 24 25 O\n\n",
            File.ReadAllText(target));
    }

    [Fact]
    public void Convert_writes_two_columns_in_bioes_with_merged_discontinuous_entities()
    {
        using var corpus = new TinyCorpus();
        var target = Path.Combine(corpus.Root, "out.txt");
        var (code, _, _) = Run("convert", corpus.Folder, "--out", target, "--format", "conll2", "--scheme", "bioes", "--discontinuous", "merge");

        Assert.Equal(0, code);
        var sentences = File.ReadAllText(target).Split("\n\n");
        Assert.Equal("Aspirin S-Drug\n81 B-Strength\nmg E-Strength\ndaily S-Frequency\n. O", sentences[0]);
        Assert.Equal("upper B-Reason\nand I-Reason\nlower I-Reason\nGI I-Reason\nbleed E-Reason\n. O", sentences[2]);
    }

    [Fact]
    public void Downsample_keeps_entity_sentences_and_prints_before_and_after()
    {
        using var corpus = new TinyCorpus();
        var conll = Path.Combine(corpus.Root, "all.txt");
        var target = Path.Combine(corpus.Root, "small.txt");
        Assert.Equal(0, Run("convert", corpus.Folder, "--out", conll).Code);

        var (code, output, _) = Run("downsample", conll, "--keep", "0", "--seed", "5", "--out", target);
        Assert.Equal(0, code);
        Assert.Contains("entity-free share              40.0%        0.0%", output);
        var kept = ConllReader.Read(target);
        Assert.Equal(ConllFormat.NeuroNer, kept.Format);
        Assert.Equal(3, kept.Sentences.Length);
        Assert.All(kept.Sentences, s => Assert.True(s.HasEntity));
    }

    [Fact]
    public void Downsample_refuses_both_modes_at_once()
    {
        using var corpus = new TinyCorpus();
        var (code, _, error) = Run("downsample", corpus.Folder, "--keep", "0.1", "--target-share", "0.2", "--out", Path.Combine(corpus.Root, "o.txt"));
        Assert.Equal(1, code);
        Assert.Contains("not both", error);
    }

    [Fact]
    public void Downsample_refuses_an_out_that_is_its_input_file_however_it_is_spelled()
    {
        using var corpus = new TinyCorpus();
        var conll = Path.Combine(corpus.Root, "all.txt");
        Assert.Equal(0, Run("convert", corpus.Folder, "--out", conll).Code);
        var before = File.ReadAllBytes(conll);
        var link = Path.Combine(corpus.Root, "link.txt");
        File.CreateSymbolicLink(link, conll);

        foreach (var spelling in new[] { conll, Path.Combine(corpus.Root, ".", "all.txt"), link })
        {
            var (code, _, error) = Run("downsample", conll, "--keep", "0", "--out", spelling);
            Assert.Equal(1, code);
            Assert.Equal($"clinical-ner: {spelling}: is the input {conll}; outputs never replace an input or go into an input folder, choose another --out\n",
                         error.ReplaceLineEndings("\n"));
        }
        Assert.Equal(before, File.ReadAllBytes(conll));
    }

    [Theory]
    [InlineData("convert")]
    [InlineData("downsample")]
    public void A_corpus_verb_refuses_an_out_that_is_one_of_the_brat_files_it_reads(string verb)
    {
        using var corpus = new TinyCorpus();
        var note = Path.Combine(corpus.Folder, "a.txt");

        var (code, _, error) = Run(verb, corpus.Folder, "--out", note);

        Assert.Equal(1, code);
        Assert.StartsWith($"clinical-ner: {note}: is the input {note};", error);
        Assert.Equal(TinyCorpus.TextA, File.ReadAllText(note));
    }

    public static TheoryData<string> Verbs => ["stats", "convert", "downsample"];

    static string[] Arguments(string verb, string folder, string output, params string[] extra) =>
        [verb, folder, .. verb == "stats" ? Array.Empty<string>() : ["--out", output], .. extra];

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Malformed_ann_line_exits_non_zero_naming_file_and_line(string verb)
    {
        using var corpus = new TinyCorpus();
        var ann = corpus.Write("b.ann", TinyCorpus.AnnB + "T4\tDrug 41 x\tTylenol\n");

        var (code, _, error) = Run(Arguments(verb, corpus.Folder, Path.Combine(corpus.Root, "o.txt")));
        Assert.Equal(1, code);
        Assert.Equal($"clinical-ner: {ann}:4: '41 x' is not a 'START END' pair of non-negative integers\n", error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Lenient_run_skips_the_malformed_line_and_reports_it(string verb)
    {
        using var corpus = new TinyCorpus();
        var ann = corpus.Write("b.ann", TinyCorpus.AnnB + "T4\tDrug 41 48\tAspirin\n");

        var (code, _, error) = Run(Arguments(verb, corpus.Folder, Path.Combine(corpus.Root, "o.txt"), "--lenient"));
        Assert.Equal(0, code);
        Assert.Contains($"clinical-ner: skipped {ann}:4: text 'Aspirin' does not match the note's 'Tylenol' (offset 41)", error);
    }

    [Fact]
    public void Malformed_conll_line_exits_non_zero_naming_file_and_line()
    {
        using var corpus = new TinyCorpus();
        var file = corpus.Write("bad.conll", "Aspirin B-Drug\n81 x B-Strength\n");
        var (code, _, error) = Run("downsample", file, "--out", Path.Combine(corpus.Root, "o.txt"));
        Assert.Equal(1, code);
        Assert.StartsWith($"clinical-ner: {file}:2: ", error);
    }

    [Fact]
    public void Bench_corpus_json_reports_counts_and_median_seconds_of_each_step()
    {
        var root = new RootCommand { BenchCommand.Create() };
        var output = new StringWriter();
        int code = root.Parse(["bench", "corpus", "--documents", "2", "--repetitions", "1", "--json"])
            .Invoke(new InvocationConfiguration { Output = output, Error = new StringWriter() });

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal(["documents", "sentences", "tokens", "entities", "load_s", "split_tokenize_s", "bio_s", "total_s", "cores"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, json.GetProperty("documents").GetInt32());
        Assert.True(json.GetProperty("sentences").GetInt32() > 0);
    }
}
