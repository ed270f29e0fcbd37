using System.Diagnostics;

namespace ClinicalNer.Models.Hub;

/// <summary>
/// A one-line progress bar for a download (file, bytes, percentage, rate, time left), redrawn with a carriage
/// return at most five times a second.
/// </summary>
internal sealed class DownloadProgress(TextWriter? writer, string file, long? total, long start)
{
    readonly Stopwatch _clock = Stopwatch.StartNew();
    readonly long _start = start;
    long _done = start;
    TimeSpan _drawn = TimeSpan.FromSeconds(-1);

    /// <summary>Counts <paramref name="bytes"/> more received.</summary>
    public void Add(int bytes)
    {
        _done += bytes;
        if (writer is not null && _clock.Elapsed - _drawn >= TimeSpan.FromMilliseconds(200)) Draw();
    }

    /// <summary>Draws the final state and ends the line.</summary>
    public void Finish()
    {
        if (writer is null) return;
        Draw();
        writer.WriteLine();
    }

    void Draw()
    {
        _drawn = _clock.Elapsed;
        double rate = (_done - _start) / Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        var line = total is long t && t > 0
            ? $"{file}  {Bytes(_done)} / {Bytes(t)}  {100.0 * _done / t,3:0}%  {Bytes((long)rate)}/s  ETA {Eta(t - _done, rate)}"
            : $"{file}  {Bytes(_done)}  {Bytes((long)rate)}/s";
        writer!.Write($"\r{line,-78}");
        writer.Flush();
    }

    internal static string Bytes(long n) => n switch
    {
        < 1_000 => $"{n} B",
        < 1_000_000 => $"{n / 1e3:0.0} kB",
        < 1_000_000_000 => $"{n / 1e6:0.0} MB",
        _ => $"{n / 1e9:0.00} GB",
    };

    static string Eta(long left, double rate) =>
        rate <= 0 ? "?" : TimeSpan.FromSeconds(Math.Min(left / rate, 359_999)) is var t ? $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}" : "?";
}
