using System.Runtime.Versioning;
using ClinicalNer.Tests.Experiments.Cluster;
using ClinicalNer.Tests.Training;

namespace ClinicalNer.Tests.Reliability;

/// <summary>
/// Files and folders the user may not read or write: one line <c>clinical-ner: PATH: permission denied</c>, not an
/// unhandled UnauthorizedAccessException. Run as an unprivileged user, since root is never denied.
/// </summary>
[UnsupportedOSPlatform("windows")]
[Trait("Category", "Integration")]
public class PermissionTests(TrainedRunFixture trained) : IClassFixture<TrainedRunFixture>
{
    const UnixFileMode Nothing = 0;
    const UnixFileMode ReadOnly = UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
                                  | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    static (int, string, string) AsUnprivileged(params string[] args) => BuiltCli.Run(args, timeoutSeconds: 120, wrapper: UnprivilegedUser.Wrapper());

    [Fact]
    public void An_unreadable_annotation_file_is_named()
    {
        using var temp = new TempDir();
        var ann = temp.Write("notes/a.ann", "T1\tDrug 0 7\tAspirin\n");
        temp.Write("notes/a.txt", "Aspirin 81 mg daily.\n");
        using var denied = UnprivilegedUser.Chmod(ann, Nothing);

        Assert.Equal("permission denied", OneLine.Names(ann, AsUnprivileged("stats", Path.Combine(temp.Path, "notes"))));
    }

    [Fact]
    public void An_unreadable_corpus_folder_is_named()
    {
        using var temp = new TempDir();
        temp.Write("notes/a.txt", "Aspirin 81 mg daily.\n");
        temp.Write("notes/a.ann", "T1\tDrug 0 7\tAspirin\n");
        var folder = Path.Combine(temp.Path, "notes");
        using var denied = UnprivilegedUser.Chmod(folder, Nothing);

        Assert.Equal("permission denied", OneLine.Names(folder, AsUnprivileged("stats", folder)));
    }

    [Fact]
    public void A_conll_file_behind_an_unsearchable_folder_is_denied_not_missing()
    {
        using var temp = new TempDir();
        var conll = temp.Write("closed/x.conll", "Aspirin B-Drug\n");
        using var denied = UnprivilegedUser.Chmod(Path.Combine(temp.Path, "closed"), Nothing);

        Assert.Equal("permission denied", OneLine.Names(conll, AsUnprivileged("stats", conll)));
    }

    [Fact]
    public void An_unwritable_out_is_named_by_convert_predict_and_train()
    {
        using var temp = new TempDir();
        var locked = Path.Combine(temp.Path, "locked");
        Directory.CreateDirectory(locked);
        using var readOnly = UnprivilegedUser.Chmod(locked, ReadOnly);
        var conll = Path.Combine(locked, "train.txt");
        var tagged = Path.Combine(locked, "tagged");
        var run = Path.Combine(locked, "run");

        Assert.Equal("permission denied", OneLine.Names(conll, AsUnprivileged("convert", Path.Combine(trained.Data, "train"), "--out", conll)));
        Assert.Equal("permission denied", OneLine.Names(tagged, AsUnprivileged("predict", "--run", trained.Run, "--input", Path.Combine(trained.Data, "test"), "--out", tagged)));
        Assert.Equal("permission denied", OneLine.Names(run, AsUnprivileged("train", "--data", trained.Data, "--size", "tiny", "--epochs", "1", "--out", run)));
        Assert.Empty(Directory.EnumerateFileSystemEntries(locked));
    }
}
