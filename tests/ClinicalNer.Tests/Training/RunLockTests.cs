using System.Diagnostics;
using ClinicalNer.Training;
using ClinicalNer.Training.Runs;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Tests.Training;

public class RunLockTests
{
    /// <summary>Runs util-linux <c>flock -n FILE true</c>: exit 0 when the OS lock on FILE is free, 1 when another process holds it.</summary>
    static int FlockProbe(string file)
    {
        var start = new ProcessStartInfo("flock") { ArgumentList = { "-n", file, "true" } };
        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }

    [Fact]
    public void A_held_lock_is_refused_to_a_second_taker_until_it_is_released()
    {
        using var temp = new TempDir();
        var folder = Path.Combine(temp.Path, "run");

        using (var first = RunLock.TryAcquire(folder))
        {
            Assert.NotNull(first);
            Assert.Null(RunLock.TryAcquire(folder));
            Assert.True(RunLock.IsHeld(folder));
        }

        Assert.False(RunLock.IsHeld(folder));
        using var again = RunLock.TryAcquire(folder);
        Assert.NotNull(again);
    }

    [SkippableFact]
    public void The_lock_is_an_OS_lock_that_other_programs_see()
    {
        using var temp = new TempDir();
        var folder = Path.Combine(temp.Path, "run");
        var file = Path.Combine(folder, RunLock.FileName);
        RequiresTool.Skip(File.Exists("/usr/bin/flock"), "util-linux flock is not installed");

        using (RunLock.TryAcquire(folder)) Assert.Equal(1, FlockProbe(file));

        Assert.Equal(0, FlockProbe(file));
    }

    [Trait("Category", "Integration")]
    [SkippableFact]
    public void A_lock_whose_holder_is_killed_with_SIGKILL_is_free_again()
    {
        using var temp = new TempDir();
        var folder = Path.Combine(temp.Path, "run");
        Directory.CreateDirectory(folder);
        RequiresTool.Skip(File.Exists("/usr/bin/flock"), "util-linux flock is not installed");
        // One process that takes the lock and keeps it: bash locks fd 9, then becomes sleep, which inherits the fd.
        using var holder = Process.Start(new ProcessStartInfo("bash") { ArgumentList = { "-c", "exec 9>\"$0\"; flock 9; exec sleep 60", Path.Combine(folder, RunLock.FileName) } })!;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!RunLock.IsHeld(folder))
        {
            Assert.True(DateTime.UtcNow < deadline, "the holder never took the lock");
            Thread.Sleep(20);
        }

        holder.Kill();
        holder.WaitForExit();

        Assert.False(RunLock.IsHeld(folder));
    }

    [Fact]
    public async Task Waiting_for_a_held_lock_says_who_holds_it_and_takes_it_once_free()
    {
        using var temp = new TempDir();
        var folder = Path.Combine(temp.Path, "run");
        var holder = RunLock.TryAcquire(folder)!;
        new RunAttempt("node7", 4242, "2026-01-01T00:00:00Z", "/logs/88_1.log", "88_1").Write(folder);
        var progress = new StringWriter();

        var waiter = Task.Run(() => RunLock.Acquire(folder, progress));
        // Under load the waiter's task can start late: release the lock only once it has found it held.
        for (var deadline = DateTime.UtcNow.AddSeconds(10); progress.ToString().Length == 0 && DateTime.UtcNow < deadline;) await Task.Delay(50);
        Assert.False(waiter.IsCompleted);
        holder.Dispose();
        using var taken = await waiter.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Contains("locked by another process (pid 4242 on node7, Slurm job 88_1); waiting for it", progress.ToString());
    }
}
