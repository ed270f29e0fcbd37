using System.CommandLine;
using System.Text;
using ClinicalNer.Cli.Commands;
using ClinicalNer.Tests.Training;

namespace ClinicalNer.Tests.Cli;

/// <summary><c>predict</c> never destroys an input or an earlier result, and its copy of a note is the note's exact bytes.</summary>
public class PredictCommandTests(TrainedRunFixture trained) : IClassFixture<TrainedRunFixture>
{
    static (int Code, string Error) Predict(params string[] args)
    {
        var error = new StringWriter();
        var code = PredictCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = TextWriter.Null, Error = error });
        return (code, error.ToString().Trim());
    }

    /// <summary>A folder of notes: one clean note, plus the given extra files.</summary>
    static string Notes(TempDir temp, params (string Name, byte[] Bytes)[] extra)
    {
        var folder = Path.Combine(temp.Path, "notes");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.txt"), "Aspirin 81 mg daily.\n");
        foreach (var (name, bytes) in extra) File.WriteAllBytes(Path.Combine(folder, name), bytes);
        return folder;
    }

    [Fact]
    public void An_out_holding_ann_files_is_refused_and_keeps_them_until_overwrite_is_given()
    {
        using var temp = new TempDir();
        var notes = Notes(temp);
        var gold = temp.Write("gold/a.ann", "T1\tDrug 0 7\tAspirin\n");
        temp.Write("gold/other.ann", "T1\tDrug 0 7\tAspirin\n");

        var (code, error) = Predict("--run", trained.Run, "--input", notes, "--out", Path.GetDirectoryName(gold)!);

        Assert.Equal(1, code);
        Assert.StartsWith($"clinical-ner: {gold}: already in --out (with 1 more); predictions would replace it", error);
        Assert.DoesNotContain('\n', error);
        Assert.Equal("T1\tDrug 0 7\tAspirin\n", File.ReadAllText(gold));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(gold)!, "a.txt")));

        Assert.Equal(0, Predict("--run", trained.Run, "--input", notes, "--out", Path.GetDirectoryName(gold)!, "--overwrite").Code);
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(gold)!, "a.txt")));
    }

    [Fact]
    public void An_out_that_is_the_input_folder_is_refused_even_with_overwrite_however_it_is_spelled()
    {
        using var temp = new TempDir();
        var notes = Notes(temp);
        var link = Path.Combine(temp.Path, "link");
        Directory.CreateSymbolicLink(link, notes);

        foreach (var spelling in new[] { notes, Path.Combine(notes, "..", "notes"), link })
        {
            var (code, error) = Predict("--run", trained.Run, "--input", notes, "--out", spelling, "--overwrite");
            Assert.Equal(1, code);
            Assert.Equal($"clinical-ner: {spelling}: is the input {notes}; outputs never replace an input or go into an input folder, choose another --out", error);
        }
        Assert.Equal(["a.txt"], Directory.EnumerateFiles(notes).Select(Path.GetFileName));
    }

    [Fact]
    public void An_out_that_is_the_run_folder_is_refused()
    {
        using var temp = new TempDir();
        var (code, error) = Predict("--run", trained.Run, "--input", Notes(temp), "--out", trained.Run, "--overwrite");

        Assert.Equal(1, code);
        Assert.StartsWith($"clinical-ner: {trained.Run}: is the input {trained.Run};", error);
    }

    [Fact]
    public void The_copy_of_a_note_is_its_exact_bytes()
    {
        using var temp = new TempDir();
        // A BOM, CRLF line ends and non-ASCII letters: a decode-and-re-encode copy would change each.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Patient Zoë got Aspirin 81 mg\r\nfor fièvre.\r\n")).ToArray();
        var notes = Notes(temp, ("b.txt", bytes));
        var output = Path.Combine(temp.Path, "out");

        Assert.Equal(0, Predict("--run", trained.Run, "--input", notes, "--out", output).Code);

        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(output, "b.txt")));
        Assert.True(File.Exists(Path.Combine(output, "b.ann")));
    }

    [Theory]
    [InlineData(new byte[] { 0x66, 0x69, 0xE8, 0x76, 0x72, 0x65 }, "not valid UTF-8 at byte 2")]   // Latin-1 "fièvre"
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00 }, "a binary file, not a note: NUL byte at byte 6")]
    public void A_note_that_is_not_UTF8_text_is_refused_naming_file_and_byte_and_nothing_is_written(byte[] content, string problem)
    {
        using var temp = new TempDir();
        var notes = Notes(temp, ("b.txt", content));
        var output = Path.Combine(temp.Path, "out");

        var (code, error) = Predict("--run", trained.Run, "--input", notes, "--out", output);

        Assert.Equal(1, code);
        Assert.Equal($"clinical-ner: {Path.Combine(notes, "b.txt")}: {problem}", error);
        Assert.False(Directory.Exists(output));
    }
}
