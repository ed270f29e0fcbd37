using System.Collections.Immutable;
using ClinicalNer.Corpus;
using ClinicalNer.Metrics;
using ClinicalNer.Metrics.N2c2;
using static ClinicalNer.Tests.Metrics.LabelReportTests;

namespace ClinicalNer.Tests.Metrics.N2c2;

/// <summary>
/// The n2c2 units on hand-worked brat folders; every expected count is worked out from the rules of the official
/// script (track2-evaluate-ver4.py) written in the class comment of <see cref="N2c2Evaluation"/>.
/// </summary>
public class N2c2EvaluationTests
{
    /// <summary>Micro true positives, false positives and false negatives of both modes for one document.</summary>
    static ((long Tp, long Fp, long Fn) Strict, (long Tp, long Fp, long Fn) Lenient) Score(string gold, string system)
    {
        using var folders = new BratFolders().Document("doc", gold, system);
        var evaluation = N2c2Evaluation.Evaluate(folders.Gold, folders.System);
        return (Totals(evaluation, ScoreUnit.N2c2Strict), Totals(evaluation, ScoreUnit.N2c2Lenient));
    }

    static (long Tp, long Fp, long Fn) Totals(N2c2Evaluation evaluation, ScoreUnit unit)
    {
        var counts = evaluation.Counts(unit);
        long tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < counts.Length; i += 3)
        {
            tp += counts[i];
            fp += counts[i + 1];
            fn += counts[i + 2];
        }
        return (tp, fp, fn);
    }

    [Fact]
    public void Discontinuous_mention_spans_from_first_start_to_last_end()
    {
        var (strict, lenient) = Score("T1\tDrug 10 20;25 30\tsome drug\n", "T1\tDrug 10 30\tsome x drug\n");
        Assert.Equal((1, 0, 0), strict);
        Assert.Equal((1, 0, 0), lenient);

        (strict, lenient) = Score("T1\tDrug 10 20;25 30\tsome drug\n", "T1\tDrug 22 24\tx\n");
        Assert.Equal((0, 1, 1), strict);
        Assert.Equal((1, 0, 0), lenient); // the gap counts as covered
    }

    [Fact]
    public void Overlap_matches_leniently_but_not_strictly()
    {
        var (strict, lenient) = Score("T1\tDrug 0 10\taspirin 81\n", "T1\tDrug 5 15\tn 81 mg\n");
        Assert.Equal((0, 1, 1), strict);
        Assert.Equal((1, 0, 0), lenient);
    }

    [Theory]
    [InlineData("T1\tDrug 10 20\tx\n", 0, 1, 1)]   // touching at 10: half-open ranges do not overlap
    [InlineData("T1\tDrug 9 20\tx\n", 1, 0, 0)]    // one character of overlap
    [InlineData("T1\tDrug 0 11\tx\n", 1, 0, 0)]    // off by one at the end
    [InlineData("T1\tDrug 1 10\tx\n", 1, 0, 0)]    // off by one at the start
    [InlineData("T1\tRoute 0 10\tx\n", 0, 1, 1)]   // same span, other type
    public void Lenient_match_needs_a_shared_character_and_the_same_type(string system, long tp, long fp, long fn)
    {
        var (strict, lenient) = Score("T1\tDrug 0 10\taspirin 81\n", system);
        Assert.Equal((tp, fp, fn), lenient);
        Assert.Equal((0L, 1L, 1L), strict);
    }

    [Fact]
    public void Exact_duplicate_golds_predicted_once_give_one_tp_and_one_fn()
    {
        var (strict, _) = Score("T1\tDrug 0 10\tx\nT2\tDrug 0 10\tx\n", "T1\tDrug 0 10\tx\n");
        Assert.Equal((1, 0, 1), strict);
    }

    [Fact]
    public void Second_system_mention_on_an_already_matched_gold_is_removed_not_counted_false()
    {
        var (_, lenient) = Score("T1\tDrug 0 20\tx\n", "T1\tDrug 0 5\ta\nT2\tDrug 10 20\tb\n");
        Assert.Equal((1, 0, 0), lenient);
    }

    [Fact]
    public void Order_of_the_system_file_changes_the_lenient_result()
    {
        // x overlaps both golds, y only the second, z only the first.
        const string gold = "T1\tDrug 0 10\ta\nT2\tDrug 20 30\tb\n";
        const string x = "T1\tDrug 5 25\tx\n", y = "T2\tDrug 22 28\ty\n", z = "T3\tDrug 2 8\tz\n";

        // x first marks both golds, so y and z are removed: tp 1 (x), fn 1.
        var (_, xFirst) = Score(gold, x + y + z);
        Assert.Equal((1, 0, 1), xFirst);
        // y and z first mark one gold each, x is then removed: tp 2, fn 0.
        var (strict, xLast) = Score(gold, y + z + x);
        Assert.Equal((2, 0, 0), xLast);
        Assert.Equal((0, 3, 2), strict);
    }

    [Fact]
    public void Removed_mention_still_marks_later_golds()
    {
        // s1 marks g1; s2 hits the marked g1 (removed) but first-time-marks g2, so s3 on g2 is removed too.
        const string gold = "T1\tDrug 0 10\ta\nT2\tDrug 20 30\tb\n";
        var (_, lenient) = Score(gold, "T1\tDrug 0 5\ts1\nT2\tDrug 5 25\ts2\nT3\tDrug 21 29\ts3\n");
        Assert.Equal((1, 0, 1), lenient);
    }

    [Fact]
    public void Only_T_lines_count_and_any_type_is_accepted()
    {
        const string gold = "T1\tFoo 0 3\tabc\nR1\tStrength-Drug Arg1:T1 Arg2:T1\n#1\tAnnotatorNotes T1\tnote\nA1\tNegated T1\n";
        using var folders = new BratFolders().Document("doc", gold, "T1\tFoo 0 3\tabc\n");
        var evaluation = N2c2Evaluation.Evaluate(folders.Gold, folders.System);
        Assert.Equal(["Foo"], evaluation.Types.ToArray());
        AssertScores(evaluation.Report(ScoreUnit.N2c2Strict).Micro, 1, 1, 1, 1);
    }

    [Fact]
    public void Per_type_rows_follow_the_official_order_and_macro_is_over_documents()
    {
        using var folders = new BratFolders()
            .Document("a", "T1\tReason 0 5\tx\nT2\tDrug 10 15\ty\n", "T1\tReason 0 5\tx\nT2\tDrug 10 15\ty\n")
            .Document("b", "", "")
            .Document("c", "T1\tDrug 0 5\tx\n", "T1\tDrug 0 4\tx\n");
        var evaluation = N2c2Evaluation.Evaluate(folders.Gold, folders.System);
        var strict = evaluation.Report(ScoreUnit.N2c2Strict);

        Assert.Equal(["a", "b", "c"], evaluation.Documents.ToArray());
        Assert.Equal(["Drug", "Reason"], strict.Classes.Select(c => c.Name));
        AssertScores(strict["Drug"], 0.5, 0.5, 0.5, 2);
        AssertScores(strict["Reason"], 1, 1, 1, 1);
        AssertScores(strict.Micro, 2 / 3.0, 2 / 3.0, 2 / 3.0, 3);
        // Documents a (1, 1, 1), b (nothing on either side: 0, 0, 0), c (0, 0, 0).
        AssertScores(strict.Macro, 1 / 3.0, 1 / 3.0, 1 / 3.0, 3);
        AssertScores(strict.MacroTypes!, 0.75, 0.75, 0.75, 3);
    }

    [Fact]
    public void Documents_missing_on_one_side_are_listed_and_not_scored()
    {
        using var folders = new BratFolders()
            .Document("a", "T1\tDrug 0 5\tx\n", "T1\tDrug 0 5\tx\n")
            .Document("only-gold", "T1\tDrug 0 5\tx\n", null)
            .Document("only-system", null, "T1\tDrug 0 5\tx\n");
        File.WriteAllText(Path.Combine(folders.Gold, "a.txt"), "ignored: the script reads no text");

        var evaluation = N2c2Evaluation.Evaluate(folders.Gold, folders.System);

        Assert.Equal(["a"], evaluation.Documents.ToArray());
        Assert.Equal(["only-gold.ann"], evaluation.SkippedGold.ToArray());
        Assert.Equal(["only-system.ann"], evaluation.SkippedSystem.ToArray());
        AssertScores(evaluation.Report(ScoreUnit.N2c2Strict).Micro, 1, 1, 1, 1);
        Assert.Contains($"Files skipped in {folders.Gold}:\nonly-gold.ann\n", evaluation.FormatTable(ScoreUnit.N2c2Strict));
    }

    [Fact]
    public void No_common_document_is_an_error()
    {
        using var folders = new BratFolders().Document("a", "", null).Document("b", null, "");
        Assert.Throws<InvalidDataException>(() => N2c2Evaluation.Evaluate(folders.Gold, folders.System));
    }

    [Theory]
    [InlineData("T1\tDrug 0 5\n", 1, "3 tab-separated fields")]
    [InlineData("T1\tDrug 0 5\tx\nT2\tDrug zero 5\tx\n", 2, "'zero' is not a number")]
    [InlineData("T1\tDrug 0 5\tx\nT1\tDrug 6 9\ty\n", 2, "id T1 already used at line 1")]
    [InlineData("T1\tDrug 0\tx\n", 1, "is not 'TYPE START END'")]
    public void Malformed_T_line_names_file_and_line(string system, int line, string reason)
    {
        using var folders = new BratFolders().Document("doc", "T1\tDrug 0 5\tx\n", system);
        var e = Assert.Throws<CorpusFormatException>(() => N2c2Evaluation.Evaluate(folders.Gold, folders.System));
        Assert.Equal(Path.Combine(folders.System, "doc.ann"), e.FilePath);
        Assert.Equal(line, e.Line);
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void Type_map_merges_ADE_into_Reason_before_matching()
    {
        using var folders = new BratFolders().Document("doc", "T1\tADE 0 5\tx\n", "T1\tReason 0 5\tx\n");
        var map = ImmutableDictionary<string, string>.Empty.Add("ADE", "Reason");
        AssertScores(N2c2Evaluation.Evaluate(folders.Gold, folders.System, map).Report(ScoreUnit.N2c2Strict).Micro, 1, 1, 1, 1);
        AssertScores(N2c2Evaluation.Evaluate(folders.Gold, folders.System).Report(ScoreUnit.N2c2Strict).Micro, 0, 0, 0, 1);
    }

    [Fact]
    public void Table_reproduces_the_official_layout()
    {
        using var folders = new BratFolders().Document("a", "T1\tDrug 0 5\tx\nT2\tADE 10 15\ty\n", "T1\tDrug 0 5\tx\nT2\tADE 10 14\ty\n");
        var evaluation = N2c2Evaluation.Evaluate(folders.Gold, folders.System);

        // Lines printed by the official script's format strings, run in Python 3.11 with these values.
        const string official =
            "****************************** TRACK 2 *******************************\n" +
            "                      ------- strict -------    ------ lenient -------\n" +
            "                      Prec.   Rec.    F(b=1)    Prec.   Rec.    F(b=1)\n" +
            "                Drug  1.0000  1.0000  1.0000    1.0000  1.0000  1.0000\n" +
            "                 Ade  0.0000  0.0000  0.0000    1.0000  1.0000  1.0000\n" +
            "                      ------------------------------------------------\n" +
            "     Overall (micro)  0.5000  0.5000  0.5000    1.0000  1.0000  1.0000\n" +
            "     Overall (macro)  0.5000  0.5000  0.5000    1.0000  1.0000  1.0000\n" +
            "\n" +
            "                                     1 files found                  \n";
        Assert.Equal(
            "unit: n2c2-lenient  mode: lenient  scheme: n2c2-2018\n" + official +
            "\n    Macro over types  0.5000  0.5000  0.5000    1.0000  1.0000  1.0000\n",
            evaluation.FormatTable(ScoreUnit.N2c2Lenient));
    }
}
