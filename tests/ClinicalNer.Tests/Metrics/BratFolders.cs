namespace ClinicalNer.Tests.Metrics;

/// <summary>A gold and a system folder of <c>.ann</c> files written into a fresh temporary folder, deleted on dispose.</summary>
sealed class BratFolders : IDisposable
{
    public BratFolders()
    {
        Root = Path.Combine(Path.GetTempPath(), "n2c2-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Gold);
        Directory.CreateDirectory(System);
    }

    public string Root { get; }
    public string Gold => Path.Combine(Root, "gold");
    public string System => Path.Combine(Root, "system");

    /// <summary>Writes document <paramref name="name"/> on both sides (null: leave that side out).</summary>
    public BratFolders Document(string name, string? gold, string? system)
    {
        if (gold is not null) File.WriteAllText(Path.Combine(Gold, name + ".ann"), gold);
        if (system is not null) File.WriteAllText(Path.Combine(System, name + ".ann"), system);
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
