using Attribution.Cli;

namespace Attribution.Tests.Cli;

/// <summary>The progress line on standard error: when it shows, how often it is redrawn, and that nothing of it is left.</summary>
public sealed class ProgressIndicatorTests
{
    /// <summary>A clock that moves only when the test says.</summary>
    private sealed class SteppedClock : TimeProvider
    {
        public long Ticks { get; set; } = 1;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Ticks;

        public void Advance(TimeSpan by) => Ticks += by.Ticks;
    }

    private static CliContext Context(StringWriter error, bool errorIsTerminal = true, string? ci = null) =>
        new(new StringWriter(), error, "/", TextReader.Null)
        {
            Environment = new CliEnvironment(false, name => name == "CI" ? ci : null) { ErrorIsTerminal = errorIsTerminal },
        };

    [Fact]
    public void A_long_run_shows_the_count_at_most_five_times_a_second_and_clears_it_at_the_end()
    {
        var error = new StringWriter();
        var clock = new SteppedClock();
        var progress = ProgressIndicator.For(Context(error), quiet: false, total: 4, clock)!;
        var seen = new List<string>();

        foreach (var file in progress.Track(new[] { "a", "b", "c", "d" }))
        {
            // What the report writes for a file is never on the same line as the progress.
            Assert.True(error.ToString().Length == 0 || error.ToString().EndsWith("\r\u001b[K", StringComparison.Ordinal));
            seen.Add(file);
            clock.Advance(file == "a" ? TimeSpan.FromMilliseconds(600) : TimeSpan.FromMilliseconds(100));
        }

        Assert.Equal(["a", "b", "c", "d"], seen);
        var text = error.ToString();
        Assert.Contains("attrib: checked 1 of 4 files", text);
        Assert.DoesNotContain("checked 2 of 4", text);
        Assert.Contains("attrib: checked 3 of 4 files", text);
        Assert.EndsWith("\r\u001b[K", text);
    }

    [Fact]
    public void A_short_run_draws_nothing()
    {
        var error = new StringWriter();
        var progress = ProgressIndicator.For(Context(error), quiet: false, total: 3, new SteppedClock())!;

        Assert.Equal(3, progress.Track(new[] { 1, 2, 3 }).Count());
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void No_indicator_without_a_terminal_under_CI_with_quiet_or_for_one_file()
    {
        var error = new StringWriter();
        Assert.Null(ProgressIndicator.For(Context(error, errorIsTerminal: false), quiet: false, total: 10));
        Assert.Null(ProgressIndicator.For(Context(error, ci: "true"), quiet: false, total: 10));
        Assert.Null(ProgressIndicator.For(Context(error), quiet: true, total: 10));
        Assert.Null(ProgressIndicator.For(Context(error), quiet: false, total: 1));
        Assert.NotNull(ProgressIndicator.For(Context(error), quiet: false, total: 10));
    }

    [Fact]
    public void A_check_in_a_pipe_writes_nothing_but_the_report_to_standard_error()
    {
        using var directory = new TempDirectory();
        directory.Write("a.txt", "Nothing here.\n");
        directory.Write("b.txt", "Nothing here either.\n");

        var (code, _, error) = CliRunner.RunIn(directory.Path, "check", ".");

        Assert.Equal(0, code);
        Assert.DoesNotContain("checked", error);
    }
}
