using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace ClinicalNer.Experiments.Grid;

/// <summary>
/// Completes grid runs side by side on this machine, each in a child process (<c>PROGRAM grid-run OUT/grid/NAME.json</c>,
/// what a Slurm array task runs), at most <paramref name="jobs"/> at once, in plan order. Processes rather than threads
/// because torch's thread count is one per process: two runs of one thread each keep two cores busier than one run of
/// two threads, most of all for small models and the LSTM's step-by-step recurrence.
/// Each child's progress reaches <c>progress</c> line by line, prefixed with its run's name; its batch line (which a
/// lone run rewrites in place) every <see cref="BatchLineInterval"/>. Cancelling sends SIGTERM to the children, which
/// stop between batches and keep their last checkpoint, as <c>grid-run</c> does under Slurm.
/// </summary>
/// <param name="program">The command that starts the built <c>clinical-ner</c> (absolute paths).</param>
/// <param name="jobs">The most runs at once.</param>
public sealed class GridWorkers(IReadOnlyList<string> program, int jobs)
{
    /// <summary>How often a child's in-place batch line is passed on.</summary>
    public static readonly TimeSpan BatchLineInterval = TimeSpan.FromSeconds(30);

    /// <summary>The most runs at once.</summary>
    public int Jobs { get; } = jobs >= 1 ? jobs : throw new ArgumentOutOfRangeException(nameof(jobs), jobs, "at least one job");

    /// <summary>
    /// Completes every run of <paramref name="runs"/> (whose files <see cref="GridRunFile.WriteAll"/> wrote under
    /// <paramref name="output"/>); returns what was done with each, in order.
    /// </summary>
    /// <exception cref="InvalidOperationException">A run failed; the others that had started were finished first, and none was started after it.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; every child has stopped.</exception>
    public RunOutcome[] CompleteAll(IReadOnlyList<GridRun> runs, string output, TextWriter progress, CancellationToken cancellation = default)
    {
        var outcomes = new RunOutcome[runs.Count];
        var running = new List<(int Index, Task<ChildResult> Child)>();
        string? failure = null;
        int next = 0;
        bool CanStart() => next < runs.Count && failure is null && !cancellation.IsCancellationRequested;
        void Report(string line) { lock (progress) progress.WriteLine(line); }
        using var stop = cancellation.Register(() => { lock (running) foreach (var (_, child) in running) Terminate(child.AsyncState); });
        while (CanStart() || running.Count > 0)
        {
            if (CanStart() && running.Count < Jobs)
            {
                int index = next++;
                Report($"[{index + 1}/{runs.Count}] {runs[index].Name}");
                var child = Start(runs[index], output, progress);
                lock (running) running.Add((index, child));
                if (cancellation.IsCancellationRequested) Terminate(child.AsyncState); // cancelled while it started
                continue;
            }
            int finished = Task.WaitAny([.. running.Select(r => (Task)r.Child)]);
            var (done, task) = running[finished];
            lock (running) running.RemoveAt(finished);
            var result = task.Result;
            if (result.Outcome is { } outcome)
            {
                outcomes[done] = outcome;
                Report($"[{done + 1}/{runs.Count}] {runs[done].Name}: {outcome.ToString().ToLowerInvariant()}");
            }
            else if (!cancellation.IsCancellationRequested)
                failure ??= $"{runs[done].Name} failed (exit {result.ExitCode}): {result.LastError}; its log: {GridRunner.LogPath(output, runs[done])}";
        }
        cancellation.ThrowIfCancellationRequested();
        if (failure is not null) throw new InvalidOperationException(failure);
        return outcomes;
    }

    /// <summary>What a child ended with: its run's outcome when it succeeded, else its exit code and last error line.</summary>
    sealed record ChildResult(RunOutcome? Outcome, int ExitCode, string LastError);

    Task<ChildResult> Start(GridRun run, string output, TextWriter progress)
    {
        var start = new ProcessStartInfo(program[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in program.Skip(1).Concat(["grid-run", Path.GetFullPath(GridRunFile.PathOf(output, run))]))
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program[0]}");
        var relay = new ProgressRelay(run.Name, progress);
        var errors = Task.Run(() => relay.Copy(process.StandardError));
        return Task.Factory.StartNew(_ =>
        {
            var lines = process.StandardOutput.ReadToEnd().Split('\n');
            process.WaitForExit();
            errors.Wait();
            using (process)
            {
                var prefix = run.Name + ": ";
                RunOutcome? outcome = process.ExitCode == 0
                    && lines.LastOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } line
                    && Enum.TryParse<RunOutcome>(line[prefix.Length..].Trim(), ignoreCase: true, out var parsed) ? parsed : null;
                return new ChildResult(outcome, process.ExitCode, relay.LastLine);
            }
        }, process, TaskCreationOptions.LongRunning);
    }

    static void Terminate(object? state)
    {
        if (state is Process { HasExited: false } process) _ = Native.kill(process.Id, Native.SignalTerminate);
    }

    /// <summary>Passes a child's stderr on line by line with its run's name in front.</summary>
    sealed class ProgressRelay(string name, TextWriter progress)
    {
        public string LastLine { get; private set; } = "";

        public void Copy(TextReader error)
        {
            var line = new StringBuilder();
            var lastBatchLine = DateTime.MinValue;
            int c;
            while ((c = error.Read()) >= 0)
            {
                if (c is not ('\n' or '\r'))
                {
                    line.Append((char)c);
                    continue;
                }
                var text = line.ToString().TrimEnd();
                line.Clear();
                if (text.Length == 0) continue;
                // '\r' ends the trainer's batch line, rewritten many times a second: pass on one now and then.
                if (c == '\r')
                {
                    if (DateTime.UtcNow - lastBatchLine < BatchLineInterval) continue;
                    lastBatchLine = DateTime.UtcNow;
                }
                else LastLine = text;
                lock (progress) progress.WriteLine($"[{name}] {text}");
            }
            if (line.Length > 0) LastLine = line.ToString().TrimEnd();
        }
    }

    static class Native
    {
        public const int SignalTerminate = 15;

        [DllImport("libc", SetLastError = true)]
        public static extern int kill(int pid, int signal);
    }
}
