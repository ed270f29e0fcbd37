using System.IO.Compression;
using System.Text;
using ClinicalNer.Models.Checkpoints;
using ClinicalNer.Runtime;

namespace ClinicalNer.Tests.Models.Checkpoints;

/// <summary>A <c>pytorch_model.bin</c> whose pickle calls a Python function is refused without running anything.</summary>
public class PickleSafetyTests
{
    public PickleSafetyTests() => TorchRuntime.EnsureLoaded();

    [Fact]
    public void A_pickle_that_calls_os_system_is_refused_and_runs_nothing()
    {
        using var dir = new TempDir();
        var marker = Path.Combine(dir.Path, "pwned");
        // Protocol-0 pickle of os.system("touch MARKER"): GLOBAL 'os system', MARK, STRING, TUPLE, REDUCE, STOP.
        var pickle = $"cos\nsystem\n(S'touch {marker}'\ntR.";
        var bin = Path.Combine(dir.Path, "pytorch_model.bin");
        using (var zip = ZipFile.Open(bin, ZipArchiveMode.Create))
        using (var entry = zip.CreateEntry("archive/data.pkl").Open())
            entry.Write(Encoding.ASCII.GetBytes(pickle));
        var error = Assert.Throws<InvalidDataException>(() => StateDictFile.Read(bin));
        Assert.StartsWith($"{bin}: not a readable state dictionary (", error.Message);
        // Razorvine.Pickle refuses to call the unregistered global: it would only build an inert ClassDict for it.
        Assert.Contains("ClassDict (for os.system)", error.Message);
        Assert.False(File.Exists(marker));
    }
}
