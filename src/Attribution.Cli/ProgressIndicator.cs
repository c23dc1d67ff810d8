using System.Globalization;

namespace Attribution.Cli;

/// <summary>
/// "attrib: checked 120 of 924 files" on standard error while a long check runs, as ESLint's and markdownlint's
/// front ends do: only when standard error is a terminal, not with --quiet and not under CI (the CI variable set); first
/// drawn after <see cref="Delay"/>, redrawn at most every <see cref="Interval"/>, and cleared before anything is written
/// to the report, so that neither a terminal nor a captured log keeps a trace of it.
/// </summary>
internal sealed class ProgressIndicator
{
    /// <summary>A run shorter than this shows no progress at all.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);

    /// <summary>At most five redraws a second.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private const string ClearLine = "\r\u001b[K";

    private readonly TextWriter _error;
    private readonly int _total;
    private readonly TimeProvider _clock;
    private readonly long _started;
    private long _drawnAt;
    private bool _shown;

    private ProgressIndicator(TextWriter error, int total, TimeProvider clock)
    {
        _error = error;
        _total = total;
        _clock = clock;
        _started = clock.GetTimestamp();
    }

    /// <summary>An indicator for a run of <paramref name="total"/> files, or null when none should be shown.</summary>
    public static ProgressIndicator? For(CliContext context, bool quiet, int total, TimeProvider? clock = null) =>
        context.Environment.ErrorIsTerminal && !quiet && total > 1 && string.IsNullOrEmpty(context.Environment.Variable("CI"))
            ? new ProgressIndicator(context.Error, total, clock ?? TimeProvider.System)
            : null;

    /// <summary>
    /// The outcomes as they come, with the count drawn while the next file is awaited and cleared while the caller
    /// writes the report of the one handed over; cleared for good at the end.
    /// </summary>
    public IEnumerable<T> Track<T>(IEnumerable<T> outcomes)
    {
        var done = 0;
        foreach (var outcome in outcomes)
        {
            Clear();
            yield return outcome;
            done++;
            Draw(done);
        }
        Clear();
    }

    private void Draw(int done)
    {
        var now = _clock.GetTimestamp();
        if (_clock.GetElapsedTime(_started, now) < Delay || (_drawnAt != 0 && _clock.GetElapsedTime(_drawnAt, now) < Interval) || done >= _total)
        {
            return;
        }
        _error.Write(string.Create(CultureInfo.InvariantCulture, $"{ClearLine}attrib: checked {done} of {_total} files"));
        _error.Flush();
        _drawnAt = now;
        _shown = true;
    }

    private void Clear()
    {
        if (!_shown)
        {
            return;
        }
        _error.Write(ClearLine);
        _error.Flush();
        _shown = false;
    }
}
